<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AdminRoutes</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Пароль должен содержать не менее %1 символов.</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>Этот пользователь</translation>
    </message>
    <message>
        <source>You cannot take away your own administrator rights; ask another administrator.</source>
        <translation>Нельзя лишить прав администратора самого себя; обратитесь к другому администратору.</translation>
    </message>
</context>
<context>
    <name>ApiResponse</name>
    <message>
        <source>The database is not available right now; nothing was saved. Try again in a moment.</source>
        <translation>База данных сейчас недоступна; ничего не сохранено. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>У Вас нет прав на выполнение этого действия.</translation>
    </message>
    <message>
        <source>The server failed to handle the request; nothing was saved. The error is in the server log.</source>
        <translation>Серверу не удалось обработать запрос; ничего не сохранено. Сведения об ошибке записаны в журнал сервера.</translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <source>The request was canceled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1), so nothing was sent. Compare its SHA-256 fingerprint with the one your administrator gives you before you accept it.</source>
        <translation>Сертификат сервера не является доверенным (%1), поэтому ничего не отправлено. Прежде чем принять его, сверьте его отпечаток SHA-256 с тем, что сообщит администратор.</translation>
    </message>
    <message>
        <source>Cannot use the file %1: %2</source>
        <translation>Не удаётся использовать файл %1: %2</translation>
    </message>
    <message>
        <source>The SupportDesk server behind the gateway does not answer (HTTP %1). Try again in a moment.</source>
        <translation>Сервер SupportDesk за шлюзом не отвечает (HTTP %1). Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The server is busy (HTTP %1). Try again in a moment.</source>
        <translation>Сервер занят (HTTP %1). Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The server refused the request with HTTP status %1.</source>
        <translation>Сервер отклонил запрос с кодом HTTP %1.</translation>
    </message>
    <message numerus="yes">
        <source>The server at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Сервер %1 не ответил за %n секунду.</numerusform>
            <numerusform>Сервер %1 не ответил за %n секунды.</numerusform>
            <numerusform>Сервер %1 не ответил за %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server at %1 refuses connections. Is it running?</source>
        <translation>Сервер %1 не принимает подключения. Он запущен?</translation>
    </message>
    <message>
        <source>The server name %1 cannot be found. Check the address and the network connection.</source>
        <translation>Имя сервера %1 не найдено. Проверьте адрес и подключение к сети.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before answering.</source>
        <translation>Сервер %1 закрыл соединение, не ответив.</translation>
    </message>
    <message>
        <source>The connection to %1 broke before the server answered. The request was not sent again because it may already have been carried out; check before you repeat it.</source>
        <translation>Соединение с %1 прервалось до ответа сервера. Запрос не отправлен повторно, потому что он мог уже выполниться; проверьте, прежде чем повторять.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be made: %2</source>
        <translation>Не удалось установить защищённое соединение с %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Сервер %1 недоступен: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentCache</name>
    <message>
        <source>The attachment has no valid id and SHA-256.</source>
        <translation>У вложения нет корректного идентификатора и SHA-256.</translation>
    </message>
    <message>
        <source>Cannot move the download into the cache folder %1: %2</source>
        <translation>Не удаётся перенести загруженный файл в папку кэша %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the attachment cache folder %1.</source>
        <translation>Не удаётся создать папку кэша вложений %1.</translation>
    </message>
</context>
<context>
    <name>AttachmentPolicy</name>
    <message>
        <source>The file is empty</source>
        <translation>Файл пуст</translation>
    </message>
    <message>
        <source>Programs and installers cannot be attached; attach screenshots, logs or the data file instead</source>
        <translation>Программы и установочные пакеты прикреплять нельзя; вместо них приложите снимки экрана, журналы или файл данных</translation>
    </message>
    <message>
        <source>Scripts cannot be attached; paste the script into the message text instead</source>
        <translation>Скрипты прикреплять нельзя; вместо этого вставьте текст скрипта в сообщение</translation>
    </message>
    <message>
        <source>Old Office files (.doc, .xls, .ppt) share their format with Windows Installer packages and cannot be told apart safely; save the document as PDF, DOCX or XLSX</source>
        <translation>Файлы старых версий Office (.doc, .xls, .ppt) имеют тот же формат, что и пакеты установщика Windows, и их невозможно надёжно отличить друг от друга; сохраните документ в формате PDF, DOCX или XLSX</translation>
    </message>
    <message>
        <source>The archive contains a program (%1); programs and installers cannot be attached</source>
        <translation>Архив содержит программу (%1); программы и установочные пакеты прикреплять нельзя</translation>
    </message>
    <message>
        <source>This type of file is not accepted; attach screenshots (PNG, JPEG, GIF), logs or other text, PDF documents, ZIP, 7z or gzip archives, or database files</source>
        <translation>Файлы этого типа не принимаются; приложите снимки экрана (PNG, JPEG, GIF), журналы или другие текстовые файлы, документы PDF, архивы ZIP, 7z или gzip либо файлы баз данных</translation>
    </message>
    <message>
        <source>A file named &quot;%1&quot; would be opened as a program; programs and scripts cannot be attached</source>
        <translation>Файл с именем «%1» будет открыт как программа; программы и скрипты прикреплять нельзя</translation>
    </message>
    <message>
        <source>The file is %1; attachments may be at most %2.</source>
        <translation>Размер файла — %1, а размер вложения не может превышать %2.</translation>
    </message>
</context>
<context>
    <name>AttachmentRepository</name>
    <message>
        <source>Attachment %1 does not exist.</source>
        <translation>Вложение %1 не найдено.</translation>
    </message>
</context>
<context>
    <name>AttachmentRoutes</name>
    <message>
        <source>Give the file name in ?name= (at most 255 characters).</source>
        <translation>Укажите имя файла в параметре ?name= (не более 255 символов).</translation>
    </message>
    <message>
        <source>This attachment</source>
        <translation>Это вложение</translation>
    </message>
    <message>
        <source>Attachment %1 does not exist; upload it first with POST /api/v1/attachments.</source>
        <translation>Вложение %1 не найдено; сначала загрузите его через POST /api/v1/attachments.</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>Sign in first: this request needs an &quot;Authorization: Bearer &lt;token&gt;&quot; header from POST /api/v1/session.</source>
        <translation>Сначала войдите в систему: для этого запроса нужен заголовок «Authorization: Bearer &lt;token&gt;», полученный через POST /api/v1/session.</translation>
    </message>
    <message>
        <source>Your session has expired or was signed out, or the account was disabled; sign in again.</source>
        <translation>Ваш сеанс истёк или был завершён либо учётная запись отключена; войдите в систему снова.</translation>
    </message>
</context>
<context>
    <name>CalendarJsonReader</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>некорректный JSON (смещение %1): %2</translation>
    </message>
    <message>
        <source>the calendar must be a JSON object</source>
        <translation>календарь должен быть объектом JSON</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation>отсутствует ключ «%1»</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: ожидается объект</translation>
    </message>
    <message>
        <source>%1: must be a text string</source>
        <translation>%1: ожидается текстовая строка</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: значение не может быть пустым</translation>
    </message>
    <message>
        <source>time_zone: unknown time zone &quot;%1&quot;</source>
        <translation>time_zone: неизвестный часовой пояс «%1»</translation>
    </message>
    <message>
        <source>%1: unknown weekday &quot;%2&quot;, expected mon, tue, wed, thu, fri, sat or sun</source>
        <translation>%1: неизвестный день недели «%2»; допустимые значения: mon, tue, wed, thu, fri, sat, sun</translation>
    </message>
    <message>
        <source>%1: bad date &quot;%2&quot;, expected an existing date as YYYY-MM-DD</source>
        <translation>%1: некорректная дата «%2»; ожидается существующая дата в формате YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1: must be a list of [&quot;HH:MM&quot;, &quot;HH:MM&quot;] intervals</source>
        <translation>%1: ожидается список интервалов вида [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</translation>
    </message>
    <message>
        <source>%1: intervals %2-%3 and %4-%5 overlap</source>
        <translation>%1: интервалы %2-%3 и %4-%5 пересекаются</translation>
    </message>
    <message>
        <source>%1: must be a pair [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</source>
        <translation>%1: ожидается пара [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</translation>
    </message>
    <message>
        <source>%1: an interval cannot start at 24:00</source>
        <translation>%1: интервал не может начинаться в 24:00</translation>
    </message>
    <message>
        <source>%1: interval %2-%3 ends before it starts</source>
        <translation>%1: интервал %2-%3 заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>%1: interval %2-%3 is empty</source>
        <translation>%1: интервал %2-%3 имеет нулевую длительность</translation>
    </message>
    <message>
        <source>%1: times must be text such as &quot;08:00&quot;</source>
        <translation>%1: время должно быть задано строкой, например &quot;08:00&quot;</translation>
    </message>
    <message>
        <source>%1: bad time &quot;%2&quot;, expected HH:MM from 00:00 to 24:00</source>
        <translation>%1: некорректное время «%2»; ожидается HH:MM в диапазоне от 00:00 до 24:00</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>неизвестный ключ «%1»</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>A calendar named %1 already exists.</source>
        <translation>Календарь с именем %1 уже существует.</translation>
    </message>
    <message>
        <source>Calendar %1 does not exist.</source>
        <translation>Календарь %1 не найден.</translation>
    </message>
    <message>
        <source>A calendar needs a name.</source>
        <translation>У календаря должно быть имя.</translation>
    </message>
    <message numerus="yes">
        <source>Calendar %1 is used by %n SLA policies; give them another calendar first.</source>
        <translation>
            <numerusform>Календарь %1 используется %n политикой SLA; сначала назначьте ей другой календарь.</numerusform>
            <numerusform>Календарь %1 используется %n политиками SLA; сначала назначьте им другой календарь.</numerusform>
            <numerusform>Календарь %1 используется %n политиками SLA; сначала назначьте им другой календарь.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored definition of calendar %1 cannot be read: %2</source>
        <translation>Сохранённое описание календаря %1 не читается: %2</translation>
    </message>
    <message>
        <source>There is no calendar named &quot;%1&quot;.</source>
        <translation>Календаря с именем «%1» нет.</translation>
    </message>
</context>
<context>
    <name>ChangeFeedRepository</name>
    <message>
        <source>A change to %1 was recorded outside a transaction.</source>
        <translation>Изменение в базе данных %1 записано вне транзакции.</translation>
    </message>
    <message>
        <source>The database %1 has no change feed counter.</source>
        <translation>В базе данных %1 нет счётчика ленты изменений.</translation>
    </message>
</context>
<context>
    <name>ChangeRoutes</name>
    <message>
        <source>since must be the last_seq of the previous answer, or 0.</source>
        <translation>since должен быть значением last_seq из предыдущего ответа или 0.</translation>
    </message>
    <message>
        <source>limit must be a whole number from 1 to 1000.</source>
        <translation>limit должен быть целым числом от 1 до 1000.</translation>
    </message>
    <message>
        <source>include can only be &quot;data&quot;.</source>
        <translation>include может быть только «data».</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>DashboardFormat</name>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>DashboardPdf</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
</context>
<context>
    <name>DashboardTables</name>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Open at day&apos;s end</source>
        <translation>Открыто на конец дня</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Median, business</source>
        <translation>Медиана, рабочее время</translation>
    </message>
    <message>
        <source>90th percentile, business</source>
        <translation>90-й процентиль, рабочее время</translation>
    </message>
    <message>
        <source>Median, calendar</source>
        <translation>Медиана, календарное время</translation>
    </message>
    <message>
        <source>90th percentile, calendar</source>
        <translation>90-й процентиль, календарное время</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Open, assigned now</source>
        <translation>Открыто, назначено сейчас</translation>
    </message>
    <message>
        <source>Resolved in the period</source>
        <translation>Решено за период</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>First response, business time</source>
        <translation>Первый ответ, рабочее время</translation>
    </message>
    <message>
        <source>Answered by the band&apos;s end</source>
        <translation>Отвечено к концу интервала</translation>
    </message>
    <message>
        <source>≥ %1 days</source>
        <extracomment>Band of business time: this many working days or more.</extracomment>
        <translation>≥ %1 раб. дн.</translation>
    </message>
    <message>
        <source>≥ %1 min</source>
        <translation>≥ %1 мин</translation>
    </message>
    <message>
        <source>≥ %1 h</source>
        <translation>≥ %1 ч</translation>
    </message>
    <message>
        <source>&lt; %1 min</source>
        <translation>&lt; %1 мин</translation>
    </message>
    <message>
        <source>&lt; %1 h</source>
        <translation>&lt; %1 ч</translation>
    </message>
    <message>
        <source>%1-%2 days</source>
        <extracomment>Band of business time in working days, e.g. 1-2.</extracomment>
        <translation>%1–%2 раб. дн.</translation>
    </message>
    <message>
        <source>%1-%2 min</source>
        <translation>%1–%2 мин</translation>
    </message>
    <message>
        <source>%1-%2 h</source>
        <translation>%1–%2 ч</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: the Qt SQL driver %2 is not installed.</source>
        <translation>Не удаётся открыть базу данных %1: драйвер Qt SQL %2 не установлен.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the folder %2 does not exist.</source>
        <translation>Не удаётся открыть базу данных %1: папка %2 не существует.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: it is a folder, not a file.</source>
        <translation>Не удаётся открыть базу данных %1: это папка, а не файл.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the file is not readable.</source>
        <translation>Не удаётся открыть базу данных %1: нет прав на чтение файла.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Не удаётся открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1: %2</source>
        <translation>Не удаётся подключиться к базе данных %1: %2</translation>
    </message>
    <message>
        <source>Lost the connection to the database %1; nothing was saved.</source>
        <translation>Соединение с базой данных %1 потеряно; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Nothing was saved to the database %1: part of the transaction failed and was rolled back.</source>
        <translation>В базу данных %1 ничего не сохранено: часть транзакции не выполнилась, и транзакция отменена.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>Unsupported database URL &quot;%1&quot;: use sqlite:/path/file.db or postgresql://user@host:port/dbname.</source>
        <translation>Неподдерживаемый URL базы данных «%1»: укажите sqlite:/path/file.db или postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; names no file.</source>
        <translation>В URL базы данных «%1» не указан файл.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is malformed.</source>
        <translation>URL базы данных «%1» имеет неверный формат.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; names no database.</source>
        <translation>В URL базы данных «%1» не указано имя базы данных.</translation>
    </message>
    <message>
        <source>The database URL option &quot;%1&quot; is not valid.</source>
        <translation>Недопустимый параметр URL базы данных: «%1».</translation>
    </message>
</context>
<context>
    <name>EscalationRuleRepository</name>
    <message>
        <source>Escalation rule %1 does not exist.</source>
        <translation>Правила эскалации %1 нет.</translation>
    </message>
    <message>
        <source>Queue %1 does not exist.</source>
        <translation>Очереди %1 нет.</translation>
    </message>
</context>
<context>
    <name>Idempotency</name>
    <message>
        <source>The Idempotency-Key header must be 1 to 200 visible ASCII characters, such as a UUID.</source>
        <translation>Заголовок Idempotency-Key должен содержать от 1 до 200 видимых символов ASCII, например UUID.</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for a different request; make a new key for every new change.</source>
        <translation>Этот ключ Idempotency-Key уже использован для другого запроса; для каждого нового изменения создавайте новый ключ.</translation>
    </message>
</context>
<context>
    <name>IdempotencyRepository</name>
    <message>
        <source>The idempotency key %1 was already used.</source>
        <translation>Ключ идемпотентности %1 уже использован.</translation>
    </message>
</context>
<context>
    <name>ImageFitter</name>
    <message>
        <source>re-encoded as %1, %2×%3, %4</source>
        <translation>пересохранено как %1, %2×%3, %4</translation>
    </message>
    <message>
        <source>%1, %2×%3, %4</source>
        <translation>%1, %2×%3, %4</translation>
    </message>
    <message>
        <source>The picture is empty or could not be read.</source>
        <translation>Изображение пустое или не читается.</translation>
    </message>
    <message>
        <source>This picture cannot be shrunk to %1 or less and stay readable (tried down to %2×%3 pixels). Capture a smaller part of the screen instead.</source>
        <translation>Это изображение нельзя уменьшить до %1 или меньше так, чтобы его можно было прочитать (пробовали до %2×%3 точек). Снимите меньшую часть экрана.</translation>
    </message>
</context>
<context>
    <name>IntakeValidator</name>
    <message>
        <source>Describe the problem: what you did, what you expected and what happened</source>
        <translation>Опишите проблему: какие действия были выполнены, какой результат ожидался и что произошло на самом деле</translation>
    </message>
    <message>
        <source>Name the product the request is about</source>
        <translation>Укажите продукт, к которому относится обращение</translation>
    </message>
    <message>
        <source>Give the exact product version (see Help &gt; About), e.g. 5.2.1</source>
        <translation>Укажите точную версию продукта (см. «Справка &gt; О программе»), например 5.2.1</translation>
    </message>
    <message>
        <source>Give the operating system and its version, e.g. Windows 11 23H2</source>
        <translation>Укажите операционную систему и её версию, например Windows 11 23H2</translation>
    </message>
    <message>
        <source>List the steps that make the problem appear, so we can repeat it</source>
        <translation>Перечислите шаги, которые приводят к проблеме, чтобы мы могли её воспроизвести</translation>
    </message>
    <message>
        <source>Say how many employees the problem affects</source>
        <translation>Укажите, скольких сотрудников затрагивает проблема</translation>
    </message>
    <message>
        <source>Give your project code or account/contract number so we can identify you as a customer</source>
        <translation>Укажите код проекта, номер учётной записи или номер договора, чтобы мы могли идентифицировать Вас как клиента</translation>
    </message>
    <message>
        <source>Attach a screenshot or a log of the error</source>
        <translation>Приложите снимок экрана или журнал с ошибкой</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exact version; give the number shown in Help &gt; About, e.g. 5.2.1</source>
        <translation>«%1» не является точным номером версии; укажите номер, показанный в окне «Справка &gt; О программе», например 5.2.1</translation>
    </message>
    <message>
        <source>The number of affected employees cannot be negative</source>
        <translation>Число затронутых сотрудников не может быть отрицательным</translation>
    </message>
    <message>
        <source>Enter a subject that names the problem</source>
        <translation>Введите тему, отражающую суть проблемы</translation>
    </message>
    <message>
        <source>The subject &quot;%1&quot; does not say what the problem is; name what fails and where, e.g. &quot;Price list import stops with error 0x80070005&quot;</source>
        <translation>Тема «%1» не отражает суть проблемы; укажите, что и где не работает, например: «Импорт прайс-листа прерывается с ошибкой 0x80070005»</translation>
    </message>
    <message>
        <source>One word is not enough for a subject; describe the problem in a few words, e.g. &quot;Invoice printing hangs&quot;</source>
        <translation>Одного слова для темы недостаточно; опишите проблему в нескольких словах, например: «Зависает печать счетов»</translation>
    </message>
</context>
<context>
    <name>JsonBody</name>
    <message>
        <source>The field %1 is required.</source>
        <translation>Поле %1 обязательно.</translation>
    </message>
    <message>
        <source>The field %1 cannot be null.</source>
        <translation>Поле %1 не может иметь значение null.</translation>
    </message>
    <message>
        <source>The field %1 must be a whole number.</source>
        <translation>Поле %1 должно быть целым числом.</translation>
    </message>
    <message>
        <source>The field %1 is out of range.</source>
        <translation>Значение поля %1 вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>The field %1 must be a positive id.</source>
        <translation>Поле %1 должно содержать положительный идентификатор.</translation>
    </message>
    <message>
        <source>The field %1 must be a string.</source>
        <translation>Поле %1 должно быть строкой.</translation>
    </message>
    <message numerus="yes">
        <source>The field %1 may be at most %n characters long.</source>
        <translation>
            <numerusform>Поле %1 может содержать не более %n символа.</numerusform>
            <numerusform>Поле %1 может содержать не более %n символов.</numerusform>
            <numerusform>Поле %1 может содержать не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The field %1 contains characters that are not allowed.</source>
        <translation>Поле %1 содержит недопустимые символы.</translation>
    </message>
    <message>
        <source>The field %1 must be a list.</source>
        <translation>Поле %1 должно быть списком.</translation>
    </message>
    <message numerus="yes">
        <source>The field %1 may hold at most %n items.</source>
        <translation>
            <numerusform>Поле %1 может содержать не более %n элемента.</numerusform>
            <numerusform>Поле %1 может содержать не более %n элементов.</numerusform>
            <numerusform>Поле %1 может содержать не более %n элементов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request body is empty; a JSON object was expected.</source>
        <translation>Тело запроса пустое; ожидался объект JSON.</translation>
    </message>
    <message>
        <source>The request body is not valid UTF-8 text.</source>
        <translation>Тело запроса не является текстом в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Тело запроса должно быть объектом JSON.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at byte %2.</source>
        <translation>Тело запроса содержит некорректный JSON: %1 (байт %2).</translation>
    </message>
    <message>
        <source>Unknown field %1; accepted fields: %2.</source>
        <translation>Неизвестное поле %1; допустимые поля: %2.</translation>
    </message>
    <message>
        <source>The field %1 must be between %2 and %3.</source>
        <translation>Значение поля %1 должно быть в диапазоне от %2 до %3.</translation>
    </message>
    <message>
        <source>The field %1 must be true or false.</source>
        <translation>Поле %1 должно иметь значение true или false.</translation>
    </message>
    <message>
        <source>The field %1 cannot hold empty items.</source>
        <translation>Поле %1 не может содержать пустые элементы.</translation>
    </message>
    <message>
        <source>The field %1 must be an ISO-8601 date and time with a zone, such as 2026-11-23T10:00:00Z.</source>
        <translation>Поле %1 должно содержать дату и время в формате ISO-8601 с часовым поясом, например 2026-11-23T10:00:00Z.</translation>
    </message>
    <message>
        <source>The field %1 must be an object.</source>
        <translation>Поле %1 должно быть объектом.</translation>
    </message>
    <message>
        <source>The field %1 must be a list of objects.</source>
        <translation>Поле %1 должно быть списком объектов.</translation>
    </message>
    <message>
        <source>The field %1 must be one of: %2.</source>
        <translation>Поле %1 должно иметь одно из значений: %2.</translation>
    </message>
</context>
<context>
    <name>KbArticleRepository</name>
    <message>
        <source>Knowledge-base article %1 does not exist.</source>
        <translation>Статья базы знаний %1 не найдена.</translation>
    </message>
</context>
<context>
    <name>KbRoutes</name>
    <message>
        <source>limit must be a whole number from 1 to 50.</source>
        <translation>limit должен быть целым числом от 1 до 50.</translation>
    </message>
    <message>
        <source>The knowledge-base article</source>
        <translation>Статья базы знаний</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to SupportDesk</source>
        <translation>Вход в SupportDesk</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>https://support.example.com</source>
        <translation>https://support.example.com</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
</context>
<context>
    <name>MailParser</name>
    <message>
        <source>The data is not an e-mail message.</source>
        <translation>Эти данные — не электронное письмо.</translation>
    </message>
</context>
<context>
    <name>MessageCreateRequest</name>
    <message>
        <source>The field %1 must be a ticket number such as SD-2026-000123.</source>
        <translation>Поле %1 должно содержать номер обращения, например SD-2026-000123.</translation>
    </message>
    <message>
        <source>The message is empty: %1 or %2 must hold some text.</source>
        <translation>Сообщение пустое: поле %1 или %2 должно содержать текст.</translation>
    </message>
</context>
<context>
    <name>MessageRepository</name>
    <message>
        <source>Ticket %1 does not exist.</source>
        <translation>Обращение %1 не найдено.</translation>
    </message>
    <message>
        <source>Attachment %1 does not exist.</source>
        <translation>Вложение %1 не найдено.</translation>
    </message>
    <message>
        <source>Message %1 does not exist.</source>
        <translation>Сообщение %1 не найдено.</translation>
    </message>
    <message>
        <source>No message has the email Message-ID %1.</source>
        <translation>Не найдено сообщение с заголовком письма Message-ID %1.</translation>
    </message>
    <message>
        <source>The first message of ticket %1 was written outside the transaction that created it.</source>
        <translation>Первое сообщение обращения %1 записано вне транзакции, создавшей обращение.</translation>
    </message>
</context>
<context>
    <name>MessageRoutes</name>
    <message>
        <source>Staff answer with a reply, a note or a phone-call log.</source>
        <translation>Сотрудники отвечают ответом, внутренней заметкой или записью телефонного звонка.</translation>
    </message>
    <message>
        <source>Customers add messages of kind &quot;customer&quot;.</source>
        <translation>Клиенты добавляют сообщения вида «customer».</translation>
    </message>
    <message>
        <source>Phone calls are logged for critical tickets only; raise the priority first if the problem is critical.</source>
        <translation>Телефонные звонки регистрируются только для критичных обращений; если проблема критична, сначала повысьте приоритет.</translation>
    </message>
    <message>
        <source>The call was about %1, but this is ticket %2.</source>
        <translation>Звонок касался обращения %1, а это обращение %2.</translation>
    </message>
    <message>
        <source>Ticket %1 is closed; open a new ticket and mention this number in it.</source>
        <translation>Обращение %1 закрыто; создайте новое обращение и укажите в нём этот номер.</translation>
    </message>
    <message>
        <source>Ticket %1 is closed, so your message started ticket %2, linked to it.</source>
        <translation>Обращение %1 закрыто, поэтому ваше сообщение открыло связанное с ним обращение %2.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database %1 already holds tables but no schema_version: it is not a SupportDesk database. Nothing was changed.</source>
        <translation>База данных %1 уже содержит таблицы, но в ней нет schema_version: это не база данных SupportDesk. Изменения не вносились.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this SupportDesk knows versions up to %3 only: it was written by a newer release. Upgrade SupportDesk; the database was not changed.</source>
        <translation>У базы данных %1 версия схемы %2, а эта версия SupportDesk поддерживает схемы только до версии %3: база данных создана более новым выпуском. Обновите SupportDesk; база данных не изменена.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2 but this SupportDesk needs version %3: run &quot;supportdesk-server migrate&quot; first.</source>
        <translation>У базы данных %1 версия схемы %2, а этой версии SupportDesk нужна версия %3: сначала выполните «supportdesk-server migrate».</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed and was rolled back: %3</source>
        <translation>Миграция %1 (%2) завершилась с ошибкой, изменения отменены: %3</translation>
    </message>
</context>
<context>
    <name>MyRequestsValues</name>
    <message>
        <source>Waiting for your reply</source>
        <translation>Ожидает вашего ответа</translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation>ждём вашего ответа</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (с опозданием)</translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <source>An organisation named %1 already exists.</source>
        <translation>Организация с названием %1 уже существует.</translation>
    </message>
    <message>
        <source>Organisation %1 does not exist.</source>
        <translation>Организация %1 не найдена.</translation>
    </message>
    <message>
        <source>No contract has the project code, account or contract number %1.</source>
        <translation>Не найден договор с кодом проекта, номером учётной записи или номером договора %1.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>A new ticket needs a subject.</source>
        <translation>У новой заявки должна быть тема.</translation>
    </message>
    <message>
        <source>The ticket is no longer available here; the message was not queued.</source>
        <translation>Заявка здесь больше недоступна; сообщение не поставлено в очередь.</translation>
    </message>
    <message>
        <source>The field %1 cannot be changed.</source>
        <translation>Поле %1 изменить нельзя.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>The ticket is no longer available here; the change was not queued.</source>
        <translation>Заявка здесь больше недоступна; изменение не поставлено в очередь.</translation>
    </message>
    <message>
        <source>A rating is from 1 to 5.</source>
        <translation>Оценка ставится от 1 до 5.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for attachments waiting to be sent.</source>
        <translation>Не удаётся создать папку %1 для вложений, ожидающих отправки.</translation>
    </message>
    <message>
        <source>Cannot read %1; nothing was queued.</source>
        <translation>Не удаётся прочитать %1; ничего не поставлено в очередь.</translation>
    </message>
    <message>
        <source>Someone else changed the same fields of this ticket meanwhile.</source>
        <translation>За это время кто-то другой изменил те же поля этой заявки.</translation>
    </message>
    <message>
        <source>This change is not waiting for a decision any more.</source>
        <translation>Это изменение больше не ждёт решения.</translation>
    </message>
    <message>
        <source>Choose a value for %1.</source>
        <translation>Выберите значение для %1.</translation>
    </message>
    <message>
        <source>This write is not waiting to be retried.</source>
        <translation>Эта запись не ожидает повторной отправки.</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>Заявку нельзя объединить саму с собой.</translation>
    </message>
    <message>
        <source>A ticket can be merged only into a ticket the server already has.</source>
        <translation>Объединять можно только с заявкой, которая уже есть на сервере.</translation>
    </message>
    <message>
        <source>Only a message the server already has can become a new ticket.</source>
        <translation>Новой заявкой может стать только сообщение, которое уже есть на сервере.</translation>
    </message>
    <message>
        <source>Give the new ticket a subject.</source>
        <translation>Укажите тему новой заявки.</translation>
    </message>
</context>
<context>
    <name>ProductionCalendar</name>
    <message>
        <source>%1: must be a list of dates such as &quot;%2-01-01&quot;</source>
        <translation>%1: должен быть список дат вида «%2-01-01»</translation>
    </message>
    <message>
        <source>%1: bad date &quot;%2&quot;, expected an existing date as YYYY-MM-DD</source>
        <translation>%1: неверная дата «%2», нужна существующая дата в виде ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>%1: %2 is not in %3</source>
        <translation>%1: %2 не относится к %3 году</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice</source>
        <translation>%1: %2 указана дважды</translation>
    </message>
    <message>
        <source>%1: %2 is a weekday; list only Saturdays and Sundays here</source>
        <translation>%1: %2 — будний день; здесь перечисляются только субботы и воскресенья</translation>
    </message>
    <message>
        <source>%1: %2 is also in %3</source>
        <translation>%1: %2 есть также в %3</translation>
    </message>
    <message>
        <source>%1: %2 is a weekend day; a shortened weekend day is a working one, so list it in %3 too</source>
        <translation>%1: %2 — выходной день; сокращённый выходной день является рабочим, поэтому укажите его также в %3</translation>
    </message>
    <message>
        <source>missing &quot;year&quot;</source>
        <translation>нет поля «year»</translation>
    </message>
    <message>
        <source>year: must be a whole number from %1 to %2</source>
        <translation>year: должно быть целым числом от %1 до %2</translation>
    </message>
    <message>
        <source>year: the file is for %1, not %2</source>
        <translation>year: файл относится к %1 году, а не к %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected %2</source>
        <translation>неизвестный ключ «%1»; ожидается %2</translation>
    </message>
    <message>
        <source>note: must be a text string</source>
        <translation>note: должно быть текстовой строкой</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>неверный JSON в позиции %1: %2</translation>
    </message>
    <message>
        <source>the production calendar must be a JSON object</source>
        <translation>производственный календарь должен быть объектом JSON</translation>
    </message>
</context>
<context>
    <name>ProductionCalendarCsv</name>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>строка %1: не закрыта кавычка поля</translation>
    </message>
    <message>
        <source>line %1: the header has no column &quot;%2&quot;</source>
        <translation>строка %1: в заголовке нет столбца «%2»</translation>
    </message>
    <message>
        <source>line %1, column &quot;%2&quot;</source>
        <translation>строка %1, столбец «%2»</translation>
    </message>
    <message>
        <source>line %1: %2 fields, but the header has %3</source>
        <translation>строка %1: полей %2, а в заголовке %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a year</source>
        <translation>%1: «%2» — не год</translation>
    </message>
    <message>
        <source>line %1: the year %2 is listed again</source>
        <translation>строка %1: год %2 указан повторно</translation>
    </message>
    <message>
        <source>the file has a header but no year</source>
        <translation>в файле есть заголовок, но нет ни одного года</translation>
    </message>
    <message>
        <source>the file holds the years %1; say which one to import</source>
        <translation>в файле годы %1; укажите, какой импортировать</translation>
    </message>
    <message>
        <source>the file has no row for %1 (it holds %2)</source>
        <translation>в файле нет строки для %1 года (есть %2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a day; expected a day of the month, maybe followed by * (shortened day) or + (transferred day off)</source>
        <translation>%1: «%2» — не день; ожидается число месяца, возможно с * (сокращённый день) или + (перенесённый выходной)</translation>
    </message>
    <message>
        <source>%1: there is no day %2 in that month of %3</source>
        <translation>%1: в этом месяце %3 года нет %2-го числа</translation>
    </message>
    <message>
        <source>%1: day %2 is listed twice</source>
        <translation>%1: день %2 указан дважды</translation>
    </message>
    <message>
        <source>%1: the file says %2, but its month columns give %3</source>
        <translation>%1: в файле указано %2, а по столбцам месяцев получается %3</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>файл не в кодировке UTF-8; сохраните его в UTF-8</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
</context>
<context>
    <name>QueueRepository</name>
    <message>
        <source>A queue named %1 already exists.</source>
        <translation>Очередь с названием %1 уже существует.</translation>
    </message>
    <message>
        <source>Queue %1 does not exist.</source>
        <translation>Очередь %1 не найдена.</translation>
    </message>
</context>
<context>
    <name>RatingRoutes</name>
    <message>
        <source>Only the customer who asked can rate the work.</source>
        <translation>Оценить работу может только клиент, который обратился.</translation>
    </message>
    <message>
        <source>Ticket %1 is still being worked on; rate it once it is resolved.</source>
        <translation>Обращение %1 ещё в работе; оцените его после решения.</translation>
    </message>
    <message>
        <source>A rating of this ticket</source>
        <translation>Оценка этого обращения</translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>A ticket from the server has no id.</source>
        <translation>В заявке, полученной с сервера, нет идентификатора.</translation>
    </message>
    <message>
        <source>A message from the server has no id.</source>
        <translation>В сообщении, полученном с сервера, нет идентификатора.</translation>
    </message>
</context>
<context>
    <name>ReportRoutes</name>
    <message>
        <source>SLA reports are for supervisors and administrators.</source>
        <translation>Отчёты по SLA доступны супервизорам и администраторам.</translation>
    </message>
    <message>
        <source>%1 must be a date (2026-11-01) or an ISO-8601 instant with its offset.</source>
        <translation>%1 должен быть датой (2026-11-01) или моментом времени ISO-8601 со смещением часового пояса.</translation>
    </message>
    <message>
        <source>group must be queue, agent or category.</source>
        <translation>group должен быть queue, agent или category.</translation>
    </message>
    <message>
        <source>to must be later than from.</source>
        <translation>to должно быть позже from.</translation>
    </message>
    <message numerus="yes">
        <source>The period may span at most %n day(s).</source>
        <translation>
            <numerusform>Период может охватывать не больше %n дня.</numerusform>
            <numerusform>Период может охватывать не больше %n дней.</numerusform>
            <numerusform>Период может охватывать не больше %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>queue must be the id of a queue.</source>
        <translation>queue должно быть id очереди.</translation>
    </message>
    <message>
        <source>organisation must be the id of an organisation.</source>
        <translation>organisation должно быть id организации.</translation>
    </message>
    <message>
        <source>agent must be the user id of an agent, supervisor or administrator.</source>
        <translation>agent должно быть id пользователя — сотрудника поддержки, руководителя или администратора.</translation>
    </message>
    <message>
        <source>support_level must be a support level of a contract or an SLA policy.</source>
        <translation>support_level должно быть уровнем поддержки из договора или политики SLA.</translation>
    </message>
</context>
<context>
    <name>RequestDraft</name>
    <message>
        <source>The draft could not be saved to %1: %2</source>
        <translation>Не удалось сохранить черновик в %1: %2</translation>
    </message>
</context>
<context>
    <name>RequestThreadHtml</name>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>%1, support team</source>
        <translation>%1, техническая поддержка</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>ожидает отправки</translation>
    </message>
</context>
<context>
    <name>SavedViewRepository</name>
    <message>
        <source>The saved view id %1 is already taken.</source>
        <translation>Идентификатор сохранённого представления %1 уже занят.</translation>
    </message>
</context>
<context>
    <name>SavedViewRoutes</name>
    <message>
        <source>The view definition may take at most %1 KB.</source>
        <translation>Описание представления может занимать не больше %1 КБ.</translation>
    </message>
    <message>
        <source>Another user already has a view with this id; choose a new id.</source>
        <translation>У другого пользователя уже есть представление с таким идентификатором; выберите новый.</translation>
    </message>
    <message>
        <source>A view id is 1 to %1 letters, digits and hyphens.</source>
        <translation>Идентификатор представления — от 1 до %1 латинских букв, цифр и дефисов.</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>The warning share must lie between 0 and 1, such as 0.8.</source>
        <translation>Доля для предупреждения должна быть между 0 и 1, например 0.8.</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>The session does not exist.</source>
        <translation>Сеанс не найден.</translation>
    </message>
</context>
<context>
    <name>SessionRoutes</name>
    <message numerus="yes">
        <source>Too many failed sign-ins; try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неудачных попыток входа; повторите попытку через %n секунду.</numerusform>
            <numerusform>Слишком много неудачных попыток входа; повторите попытку через %n секунды.</numerusform>
            <numerusform>Слишком много неудачных попыток входа; повторите попытку через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
</context>
<context>
    <name>SlaClock</name>
    <message numerus="yes">
        <source>no business time within %n year(s) of the start</source>
        <translation>
            <numerusform>нет рабочего времени в течение %n года от начальной даты</numerusform>
            <numerusform>нет рабочего времени в течение %n лет от начальной даты</numerusform>
            <numerusform>нет рабочего времени в течение %n лет от начальной даты</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlaConfigRoutes</name>
    <message>
        <source>The calendar definition is not valid: %1.</source>
        <translation>Описание календаря неверно: %1.</translation>
    </message>
</context>
<context>
    <name>SlaConfigService</name>
    <message>
        <source>There is no calendar named &quot;%1&quot;, nor any other.</source>
        <translation>Календаря с именем «%1» нет, как и других календарей.</translation>
    </message>
    <message>
        <source>There is no calendar named &quot;%1&quot;; the calendars are %2.</source>
        <translation>Календаря с именем «%1» нет; есть календари: %2.</translation>
    </message>
    <message>
        <source>There is no SLA policy for support level %1, %2 tickets of %3 priority.</source>
        <translation>Нет политики SLA для уровня поддержки %1, обращений категории %2 с приоритетом %3.</translation>
    </message>
</context>
<context>
    <name>SlaEscalation</name>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Следующий ответ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>%1 target breached.</source>
        <translation>%1: срок нарушен.</translation>
    </message>
    <message numerus="yes">
        <source>%1 due in %n min.</source>
        <translation>
            <numerusform>%1: срок через %n мин.</numerusform>
            <numerusform>%1: срок через %n мин.</numerusform>
            <numerusform>%1: срок через %n мин.</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA scheduler</source>
        <translation>Планировщик SLA</translation>
    </message>
    <message>
        <source>Priority raised to %1.</source>
        <translation>Приоритет повышен до «%1».</translation>
    </message>
    <message>
        <source>Moved to queue %1.</source>
        <translation>Перемещено в очередь %1.</translation>
    </message>
    <message>
        <source>Ticket %1 changed while it was escalated.</source>
        <translation>Обращение %1 изменилось во время эскалации.</translation>
    </message>
</context>
<context>
    <name>SlaPolicyJson</name>
    <message>
        <source>The field %1 cannot be blank.</source>
        <translation>Поле %1 не может быть пустым.</translation>
    </message>
    <message>
        <source>The field %1 may only list these statuses: %2.</source>
        <translation>В поле %1 допустимы только эти статусы: %2.</translation>
    </message>
</context>
<context>
    <name>SlaPolicyRepository</name>
    <message>
        <source>An SLA policy for support level %1, %2 tickets of %3 priority already exists.</source>
        <translation>Политика SLA для уровня поддержки %1, обращений категории %2 с приоритетом %3 уже существует.</translation>
    </message>
    <message>
        <source>SLA policy %1 does not exist.</source>
        <translation>Политика SLA %1 не найдена.</translation>
    </message>
    <message>
        <source>An SLA policy needs a support level.</source>
        <translation>Для политики SLA нужен уровень поддержки.</translation>
    </message>
    <message>
        <source>SLA targets must be positive numbers of minutes.</source>
        <translation>Сроки SLA должны быть положительным числом минут.</translation>
    </message>
    <message>
        <source>Calendar %1 does not exist.</source>
        <translation>Календарь %1 не найден.</translation>
    </message>
    <message>
        <source>SLA policy %1 holds a value this version does not know.</source>
        <translation>Политика SLA %1 содержит значение, неизвестное этой версии.</translation>
    </message>
</context>
<context>
    <name>SlaReportParser</name>
    <message>
        <source>The SLA report from the server cannot be read: it is not a complete JSON object.</source>
        <translation>Отчёт SLA от сервера не читается: это не полный объект JSON.</translation>
    </message>
    <message>
        <source>The SLA report from the server cannot be read: %1.</source>
        <translation>Отчёт SLA от сервера не читается: %1.</translation>
    </message>
    <message>
        <source>group is not queue, agent or category</source>
        <translation>group — не queue, agent или category</translation>
    </message>
    <message>
        <source>%1 is not a score from 1 to 5</source>
        <translation>%1 — не оценка от 1 до 5</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 — не дата</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>нет поля %1</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 — не список</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 — не объект</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 — не целое число</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 — не число</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 — не текст</translation>
    </message>
    <message>
        <source>%1 is not a date and time</source>
        <translation>%1 — не дата и время</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>%1 — не id</translation>
    </message>
    <message>
        <source>%1 does not start where the band before it ends</source>
        <translation>%1 начинается не там, где кончается предыдущий интервал</translation>
    </message>
    <message>
        <source>%1 is not after from_minutes</source>
        <translation>%1 не больше from_minutes</translation>
    </message>
</context>
<context>
    <name>SlaTargetText</name>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Следующий ответ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>%1: met late, %2</source>
        <translation>%1: выполнено с опозданием, %2</translation>
    </message>
    <message>
        <source>%1: met, %2</source>
        <translation>%1: выполнено, %2</translation>
    </message>
    <message>
        <source>%1: paused (%2), %3 of %4 business minutes used</source>
        <translation>%1: на паузе (%2), использовано %3 из %4 рабочих минут</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>приостановлено</translation>
    </message>
    <message>
        <source>at risk, %1</source>
        <translation>под угрозой, %1</translation>
    </message>
    <message>
        <source>%1: %2 (due %3)</source>
        <translation>%1: %2 (срок %3)</translation>
    </message>
</context>
<context>
    <name>SnapshotPage</name>
    <message>
        <source>The server sent a sync page that could not be read (at byte %1).</source>
        <translation>Сервер прислал страницу синхронизации, которую не удалось прочитать (байт %1).</translation>
    </message>
</context>
<context>
    <name>SqlErrorClassifier</name>
    <message>
        <source>the connection is closed</source>
        <translation>соединение закрыто</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program or connection; gave up after waiting %2 ms (%3).</source>
        <translation>База данных %1 заблокирована другой программой или подключением; ожидание прекращено через %2 мс (%3).</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a database file: %2.</source>
        <translation>База данных %1 повреждена или не является файлом базы данных: %2.</translation>
    </message>
    <message>
        <source>The database %1 is not available: %2</source>
        <translation>База данных %1 недоступна: %2</translation>
    </message>
    <message>
        <source>Lost the connection to the database %1: %2</source>
        <translation>Потеряно соединение с базой данных %1: %2</translation>
    </message>
    <message>
        <source>The database %1 already holds this value: %2</source>
        <translation>В базе данных %1 уже есть такое значение: %2</translation>
    </message>
    <message>
        <source>The database %1 refused the change: %2</source>
        <translation>База данных %1 отклонила изменение: %2</translation>
    </message>
    <message>
        <source>The database %1 does not have the expected schema: %2</source>
        <translation>Схема базы данных %1 не соответствует ожидаемой: %2</translation>
    </message>
    <message>
        <source>The database %1 reported an error: %2</source>
        <translation>База данных %1 сообщила об ошибке: %2</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 — не база данных SQLite.</translation>
    </message>
    <message>
        <source>Could not prepare a statement</source>
        <translation>Не удалось подготовить запрос</translation>
    </message>
    <message>
        <source>Could not bind a value</source>
        <translation>Не удалось передать значение в запрос</translation>
    </message>
    <message>
        <source>A statement failed</source>
        <translation>Запрос завершился ошибкой</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 в %2: %3</translation>
    </message>
</context>
<context>
    <name>StemmingTokenizer</name>
    <message>
        <source>Full-text search needs a database connection; this one is invalid.</source>
        <translation>Для полнотекстового поиска требуется подключение к базе данных; текущее подключение недействительно.</translation>
    </message>
    <message>
        <source>Full-text search with stemming needs an SQLite connection, not %1.</source>
        <translation>Для полнотекстового поиска со стеммингом требуется подключение SQLite, а не %1.</translation>
    </message>
    <message>
        <source>The SQLite connection for full-text search is not open.</source>
        <translation>Подключение SQLite для полнотекстового поиска не открыто.</translation>
    </message>
    <message>
        <source>The SQLite library has no FTS5 full-text search: %1</source>
        <translation>Библиотека SQLite не поддерживает полнотекстовый поиск FTS5: %1</translation>
    </message>
    <message>
        <source>Cannot register the full-text search tokenizer: %1</source>
        <translation>Не удаётся зарегистрировать токенизатор полнотекстового поиска: %1</translation>
    </message>
</context>
<context>
    <name>SubmitOptions</name>
    <message>
        <source>The SupportDesk server&apos;s address.</source>
        <translation>Адрес сервера SupportDesk.</translation>
    </message>
    <message>
        <source>Subject of the new request.</source>
        <translation>Тема нового обращения.</translation>
    </message>
    <message>
        <source>Product the request is about.</source>
        <translation>Продукт, к которому относится обращение.</translation>
    </message>
    <message>
        <source>Exact version of the product.</source>
        <translation>Точная версия продукта.</translation>
    </message>
    <message>
        <source>Attach a file (may be given several times).</source>
        <translation>Прикрепить файл (можно указать несколько раз).</translation>
    </message>
    <message>
        <source>Folder for the local copy of your requests and for those waiting to be sent.</source>
        <translation>Папка для локальной копии ваших обращений и тех, что ждут отправки.</translation>
    </message>
    <message>
        <source>Language: ru or en.</source>
        <translation>Язык: ru или en.</translation>
    </message>
    <message>
        <source>Run without a display.</source>
        <translation>Работать без экрана.</translation>
    </message>
    <message>
        <source>SupportDesk: send a request to technical support</source>
        <translation>SupportDesk: обращение в техническую поддержку</translation>
    </message>
    <message>
        <source>Show the program&apos;s version.</source>
        <translation>Показать версию программы.</translation>
    </message>
    <message>
        <source>The file %1 to attach does not exist.</source>
        <translation>Файла %1 для прикрепления нет.</translation>
    </message>
    <message>
        <source>The file %1 to attach cannot be read.</source>
        <translation>Файл %1 для прикрепления не читается.</translation>
    </message>
    <message>
        <source>%1 is not a server address. It looks like https://support.example.com.</source>
        <translation>%1 — не адрес сервера. Адрес выглядит так: https://support.example.com.</translation>
    </message>
    <message>
        <source>The language %1 is not available; use ru or en.</source>
        <translation>Языка %1 нет; укажите ru или en.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Непонятный аргумент: %1</translation>
    </message>
</context>
<context>
    <name>SyncRoutes</name>
    <message>
        <source>limit must be a whole number from 1 to %1.</source>
        <translation>limit должен быть целым числом от 1 до %1.</translation>
    </message>
    <message>
        <source>after must be the &quot;next&quot; value of the previous page.</source>
        <translation>after должен быть значением «next» предыдущей страницы.</translation>
    </message>
</context>
<context>
    <name>TicketActionRoutes</name>
    <message>
        <source>There is no ticket %1 you can see.</source>
        <translation>Обращение %1 не найдено среди доступных Вам.</translation>
    </message>
    <message>
        <source>This link</source>
        <translation>Эта связь</translation>
    </message>
    <message>
        <source>Message %1 is not part of ticket %2.</source>
        <translation>Сообщение %1 не относится к обращению %2.</translation>
    </message>
</context>
<context>
    <name>TicketCreateRequest</name>
    <message>
        <source>The field %1 must be an email address such as name@example.com.</source>
        <translation>Поле %1 должно содержать адрес электронной почты, например name@example.com.</translation>
    </message>
</context>
<context>
    <name>TicketCreation</name>
    <message>
        <source>Give the customer&apos;s email address so the answer reaches them.</source>
        <translation>Укажите адрес электронной почты клиента, чтобы он получил ответ.</translation>
    </message>
</context>
<context>
    <name>TicketPatch</name>
    <message>
        <source>The field %1 cannot be changed; fields that can: %2.</source>
        <translation>Поле %1 изменить нельзя; можно изменять поля: %2.</translation>
    </message>
</context>
<context>
    <name>TicketRef</name>
    <message>
        <source>The field %1 must be a ticket id or a ticket number such as SD-2026-000123.</source>
        <translation>Поле %1 должно содержать идентификатор или номер обращения, например SD-2026-000123.</translation>
    </message>
</context>
<context>
    <name>TicketRepository</name>
    <message>
        <source>Ticket %1 does not exist.</source>
        <translation>Обращение %1 не найдено.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot start a ticket number: use 1-16 ASCII letters and digits beginning with a letter.</source>
        <translation>«%1» не подходит как префикс номера обращения: используйте от 1 до 16 латинских букв и цифр, начиная с буквы.</translation>
    </message>
    <message>
        <source>No ticket has the number %1.</source>
        <translation>Обращение с номером %1 не найдено.</translation>
    </message>
    <message>
        <source>Ticket %1 changed while it was being saved.</source>
        <translation>Обращение %1 было изменено во время сохранения.</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>Обращение нельзя присоединить к самому себе.</translation>
    </message>
    <message>
        <source>Ticket %1 is already merged into another ticket.</source>
        <translation>Обращение %1 уже присоединено к другому обращению.</translation>
    </message>
    <message>
        <source>Ticket %1 was itself merged into another ticket; merge into that one instead.</source>
        <translation>Обращение %1 само присоединено к другому обращению; присоединяйте к тому обращению.</translation>
    </message>
    <message>
        <source>A ticket cannot be linked to itself.</source>
        <translation>Обращение нельзя связать с самим собой.</translation>
    </message>
    <message>
        <source>Tickets %1 and %2 are already linked this way.</source>
        <translation>Между обращениями %1 и %2 уже есть такая связь.</translation>
    </message>
    <message>
        <source>Ticket link %1 does not exist.</source>
        <translation>Связь обращений %1 не найдена.</translation>
    </message>
</context>
<context>
    <name>TicketRoutes</name>
    <message>
        <source>Unknown status &quot;%1&quot;; use %2.</source>
        <translation>Неизвестный статус «%1»; допустимые значения: %2.</translation>
    </message>
    <message>
        <source>%1 must be an id or &quot;none&quot;.</source>
        <translation>Параметр %1 должен содержать идентификатор или значение «none».</translation>
    </message>
    <message>
        <source>limit must be a whole number from 1 to 500.</source>
        <translation>Параметр limit должен быть целым числом от 1 до 500.</translation>
    </message>
    <message>
        <source>after must be the &quot;next&quot; value of the previous page.</source>
        <translation>Параметр after должен содержать значение «next» с предыдущей страницы.</translation>
    </message>
    <message>
        <source>This ticket</source>
        <translation>Это обращение</translation>
    </message>
    <message>
        <source>Send the version you edited in an If-Match header, so a change made meanwhile by someone else is not overwritten.</source>
        <translation>Передайте в заголовке If-Match версию, которую Вы редактировали, чтобы не перезаписать изменения, внесённые за это время другими пользователями.</translation>
    </message>
    <message>
        <source>If-Match must be the ticket&apos;s version number.</source>
        <translation>Заголовок If-Match должен содержать номер версии обращения.</translation>
    </message>
    <message>
        <source>sla_due_within must be a number of minutes from 0 to %1.</source>
        <translation>sla_due_within — это число минут от 0 до %1.</translation>
    </message>
    <message>
        <source>order must be &quot;newest&quot; or &quot;next&quot;.</source>
        <translation>order должно быть «newest» или «next».</translation>
    </message>
    <message>
        <source>The &quot;next&quot; order cannot be combined with a text search.</source>
        <translation>Порядок «next» нельзя сочетать с текстовым поиском.</translation>
    </message>
</context>
<context>
    <name>TicketUpdating</name>
    <message>
        <source>Queue %1 does not exist.</source>
        <translation>Очередь %1 не найдена.</translation>
    </message>
    <message>
        <source>Tickets can be assigned only to active agents, supervisors or administrators.</source>
        <translation>Назначать обращения можно только активным агентам, супервизорам или администраторам.</translation>
    </message>
    <message>
        <source>Someone changed this ticket meanwhile (it is now version %1); merge your changes into the current ticket and try again.</source>
        <translation>Пока Вы редактировали обращение, его изменили (текущая версия — %1); перенесите свои изменения в текущую версию обращения и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>TicketValues</name>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>Ожидает клиента</translation>
    </message>
    <message>
        <source>In development</source>
        <translation>В разработке</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <source>Feature suggestion</source>
        <translation>Предложение по доработке</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Без SLA</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Нарушен</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Выполнен</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n д</numerusform>
            <numerusform>%n д</numerusform>
            <numerusform>%n д</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>просрочено на %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Дан ответ</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Исправлено</translation>
    </message>
    <message>
        <source>Cannot reproduce</source>
        <translation>Не воспроизводится</translation>
    </message>
    <message>
        <source>Insufficient information</source>
        <translation>Недостаточно информации</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Вне рамок поддержки</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дубликат</translation>
    </message>
    <message>
        <source>Declined: abusive</source>
        <translation>Отклонено: некорректное обращение</translation>
    </message>
    <message>
        <source>Suggestion accepted</source>
        <translation>Предложение принято</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Ответ клиенту</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Телефонный звонок</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <source>Resolving needs a resolution</source>
        <translation>Чтобы отметить обращение как решённое, укажите решение</translation>
    </message>
    <message>
        <source>Closing needs a resolution</source>
        <translation>Чтобы закрыть обращение, укажите решение</translation>
    </message>
    <message>
        <source>Only resolved and closed tickets have a resolution; clear it while the ticket is being worked on</source>
        <translation>Решение указывается только для решённых и закрытых обращений; пока обращение в работе, очистите это поле</translation>
    </message>
    <message>
        <source>Only duplicate tickets may be resolved as duplicate: merge this ticket into the original one</source>
        <translation>Решение «Дубликат» можно указать только для дубликата: присоедините это обращение к исходному</translation>
    </message>
    <message>
        <source>Only a feature request can be resolved as feature accepted; change the category first</source>
        <translation>Решение «Предложение принято» можно указать только для обращения категории «Предложение по доработке»; сначала измените категорию</translation>
    </message>
    <message>
        <source>Resolve the ticket first so the customer can confirm or reopen it; only duplicates and abusive requests are closed at once</source>
        <translation>Сначала отметьте обращение как решённое, чтобы клиент мог подтвердить решение или возобновить обращение; сразу закрываются только дубликаты и оскорбительные обращения</translation>
    </message>
    <message>
        <source>A closed ticket cannot be reopened or changed; open a new one linked to it</source>
        <translation>Закрытое обращение нельзя возобновить или изменить; создайте новое обращение, связанное с ним</translation>
    </message>
    <message>
        <source>A ticket cannot go back to new once it has been worked on</source>
        <translation>Обращение, которое уже было в работе, нельзя вернуть в статус «Новое»</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>User %1 does not exist.</source>
        <translation>Пользователь %1 не найден.</translation>
    </message>
    <message>
        <source>The login %1 is already taken.</source>
        <translation>Логин %1 уже занят.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>supportdesk needs a graphical display, and none is available (DISPLAY and WAYLAND_DISPLAY are not set). Start it in a desktop session, or pass --offscreen for a check without a window.</source>
        <translation>Для работы supportdesk нужен графический дисплей, но он недоступен (переменные DISPLAY и WAYLAND_DISPLAY не заданы). Запустите программу в графическом сеансе или укажите --offscreen, чтобы выполнить проверку без окна.</translation>
    </message>
    <message>
        <source>SupportDesk workstation</source>
        <translation>Рабочее место SupportDesk</translation>
    </message>
    <message>
        <source>Server URL; without it a private local server starts.</source>
        <translation>URL сервера; если он не указан, запускается собственный локальный сервер.</translation>
    </message>
    <message>
        <source>Folder for the private local server&apos;s database.</source>
        <translation>Папка для базы данных собственного локального сервера.</translation>
    </message>
    <message>
        <source>Language: ru or en.</source>
        <translation>Язык: ru или en.</translation>
    </message>
    <message>
        <source>Run without a display.</source>
        <translation>Работать без дисплея.</translation>
    </message>
    <message>
        <source>Connect, report whether the server is healthy, quit.</source>
        <translation>Подключиться, сообщить, исправен ли сервер, и завершить работу.</translation>
    </message>
    <message>
        <source>With the private local server: sign in as this demo user at once (e.g. agent.ivanov).</source>
        <translation>С личным локальным сервером: сразу войти под этим демо-пользователем (например, agent.ivanov).</translation>
    </message>
    <message>
        <source>Folder for the local copies of your tickets and for changes waiting to be sent.</source>
        <translation>Папка для локальной копии ваших заявок и изменений, ожидающих отправки.</translation>
    </message>
    <message>
        <source>supportdesk-submit needs a graphical display, and none is available (DISPLAY and WAYLAND_DISPLAY are not set). Start it in a desktop session.</source>
        <translation>supportdesk-submit нужен графический экран, а его нет (DISPLAY и WAYLAND_DISPLAY не заданы). Запустите программу в сеансе рабочего стола.</translation>
    </message>
</context>
<context>
    <name>sd::client::AccountSession</name>
    <message>
        <source>The server at %1 sent an answer to the sign-in that SupportDesk cannot read (%2).</source>
        <translation>Сервер %1 прислал ответ на вход, который SupportDesk не может прочитать (%2).</translation>
    </message>
    <message>
        <source>No sign-in is saved for %1 on %2. Please sign in.</source>
        <translation>Сохранённого входа %1 на %2 нет. Войдите, пожалуйста.</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer that SupportDesk cannot read (%2).</source>
        <translation>Сервер %1 прислал ответ, который SupportDesk не может прочитать (%2).</translation>
    </message>
    <message>
        <source>Your saved sign-in as %1 on %2 is no longer valid: it expired or was signed out. Please sign in again.</source>
        <translation>Сохранённый вход %1 на %2 больше не действует: срок истёк или был выполнен выход. Войдите снова, пожалуйста.</translation>
    </message>
    <message>
        <source>You are signed out on this computer, but the server at %1 could not be told (%2). Your sign-in there stays valid until it expires.</source>
        <translation>Вы вышли на этом компьютере, но сообщить об этом серверу %1 не удалось (%2). Вход на сервере остаётся действительным, пока не истечёт его срок.</translation>
    </message>
    <message>
        <source>SupportDesk cannot sign in while the server cannot be reached. %1</source>
        <translation>SupportDesk не может войти, пока сервер недоступен. %1</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again later.</source>
        <translation>Слишком много неудачных попыток входа. Повторите позже.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неудачных попыток входа. Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много неудачных попыток входа. Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много неудачных попыток входа. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::client::AttachmentTransfer</name>
    <message>
        <source>the attachment has no SHA-256 to check.</source>
        <translation>у вложения нет SHA-256 для проверки.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the upload is not understood: %1</source>
        <translation>Ответ сервера на загрузку не распознан: %1</translation>
    </message>
    <message>
        <source>the downloaded bytes do not match the attachment&apos;s SHA-256; the copy was discarded.</source>
        <translation>загруженные данные не совпадают с SHA-256 вложения; копия удалена.</translation>
    </message>
</context>
<context>
    <name>sd::client::CannedResponses</name>
    <message>
        <source>The server sent a list of canned responses that SupportDesk cannot read.</source>
        <translation>Сервер прислал список шаблонов ответов, который SupportDesk не может прочитать.</translation>
    </message>
</context>
<context>
    <name>sd::client::ClientSession</name>
    <message>
        <source>Cannot create the folder %1 for this account&apos;s data.</source>
        <translation>Не удаётся создать папку %1 для данных этой учётной записи.</translation>
    </message>
</context>
<context>
    <name>sd::client::CredentialStore</name>
    <message>
        <source>The system keychain is not available (%1), so the saved sign-in for %2 on %3 cannot be read. Please sign in again.</source>
        <translation>Системное хранилище паролей недоступно (%1), поэтому сохранённый вход %2 на %3 прочитать нельзя. Войдите снова.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). If it holds a sign-in token for %2 on %3, that token could not be removed from it.</source>
        <translation>Системное хранилище паролей недоступно (%1). Если в нём есть токен входа %2 на %3, удалить его оттуда не удалось.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). As you allowed, the sign-in token for %2 on %3 is saved unencrypted in %4: anyone who can read that file can use your account until you log out.</source>
        <translation>Системное хранилище паролей недоступно (%1). Как вы разрешили, токен входа %2 на %3 сохранён без шифрования в %4: любой, кто может прочитать этот файл, может пользоваться вашей учётной записью, пока вы не выйдете.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). You stay signed in as %2 on %3 until SupportDesk closes; next time you will have to sign in again.</source>
        <translation>Системное хранилище паролей недоступно (%1). Вход %2 на %3 сохраняется до закрытия SupportDesk; в следующий раз придётся войти снова.</translation>
    </message>
</context>
<context>
    <name>sd::client::EmbeddedServer</name>
    <message>
        <source>Cannot start the local server %1: %2</source>
        <translation>Не удаётся запустить локальный сервер %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation>Не удаётся создать папку данных %1</translation>
    </message>
    <message>
        <source>The local server stopped (exit code %1): %2</source>
        <translation>Локальный сервер остановился (код завершения %1): %2</translation>
    </message>
</context>
<context>
    <name>sd::client::HealthProbe</name>
    <message>
        <source>The server at %1 does not answer: %2</source>
        <translation>Сервер %1 не отвечает: %2</translation>
    </message>
    <message>
        <source>The server at %1 answered something that is not SupportDesk: %2</source>
        <translation>Сервер %1 ответил, но это не сервер SupportDesk: %2</translation>
    </message>
</context>
<context>
    <name>sd::client::OutboxSender</name>
    <message>
        <source>The outbox could not be read.</source>
        <translation>Не удалось прочитать очередь отправки.</translation>
    </message>
</context>
<context>
    <name>sd::client::SavedViews</name>
    <message>
        <source>The server sent a saved view that SupportDesk cannot read.</source>
        <translation>Сервер прислал сохранённое представление, которое SupportDesk не может прочитать.</translation>
    </message>
    <message>
        <source>The change could not be kept on this computer (%1); it is lost if SupportDesk closes before the server has it.</source>
        <translation>Изменение не удалось сохранить на этом компьютере (%1); оно пропадёт, если SupportDesk закроется раньше, чем его получит сервер.</translation>
    </message>
</context>
<context>
    <name>sd::client::SlaAdmin</name>
    <message>
        <source>The server sent an SLA configuration list that SupportDesk cannot read.</source>
        <translation>Сервер прислал список настроек SLA, который SupportDesk не может прочитать.</translation>
    </message>
</context>
<context>
    <name>sd::client::SlaReportChoices</name>
    <message>
        <source>The server sent a list SupportDesk cannot read.</source>
        <translation>Сервер прислал список, который SupportDesk не может прочитать.</translation>
    </message>
</context>
<context>
    <name>sd::client::SyncEngine</name>
    <message>
        <source>The certificate of %1 is not trusted, so SupportDesk did not connect to it for updates. Compare its SHA-256 fingerprint with the one your administrator gives you before you accept it.</source>
        <translation>Сертификат %1 не является доверенным, поэтому SupportDesk не подключился к нему за обновлениями. Прежде чем принять его, сверьте его отпечаток SHA-256 с тем, что сообщит администратор.</translation>
    </message>
    <message>
        <source>The server sent a sync page that could not be read.</source>
        <translation>Сервер прислал страницу синхронизации, которую не удалось прочитать.</translation>
    </message>
</context>
<context>
    <name>sd::server::AdminCli</name>
    <message>
        <source>Unknown command &quot;%1&quot;.

%2</source>
        <translation>Неизвестная команда «%1».

%2</translation>
    </message>
    <message>
        <source>Usage: supportdesk-server &lt;command&gt; [options]

Commands:
  serve --db URL --listen HOST:PORT   run the HTTP/JSON API (port 0 picks one)
  migrate --db URL                    create or upgrade the database schema
  demo --db URL --tickets N           fill the database with demo data
  user add --db URL --login L --role customer|agent|supervisor|admin --password-stdin
           [--organisation NAME [--create-organisation]] [--name NAME] [--email E]
           [--queue NAME ...]         add a user; the password is read from stdin
  user list --db URL [--all]          list users
  user passwd --db URL --login L --password-stdin
                                      set a user&apos;s password from stdin
  sla due --calendar FILE --from TIME --minutes N [--critical]
                                      when N business minutes from TIME end
  sla elapsed --calendar FILE --from TIME --to TIME [--critical]
                                      business minutes between two instants
  calendar list --db URL              list the stored business calendars
  calendar show NAME --db URL         print a stored calendar as a calendar file
  calendar set --db URL --file FILE.json [--name NAME]
                                      create a calendar, or replace the one of that name
  calendar import NAME --db URL --file FILE [--format csv|json] [--year Y] [--dry-run]
                                      replace one year&apos;s holidays, shortened and working
                                      weekend days with a production calendar&apos;s
  calendar remove NAME --db URL       remove a calendar no SLA policy uses
  policy list --db URL                list the SLA policies
  policy set --db URL --level L --category C --priority P --first M --next M
             --resolution M [--calendar NAME] [--pausing STATUS,...|none]
                                      create or replace the policy of L x C x P
                                      (targets in business minutes; --next 0: none)
  policy remove --db URL (--id N | --level L --category C --priority P)
                                      remove an SLA policy
  escalation list --db URL            list the SLA escalation rules
  escalation add --db URL --kind warning|breach [--target T|any] [--priority P|any]
             [--notify] [--raise-priority] [--move-queue NAME] [--inactive]
                                      add a rule applied when a warning or breach fires
  escalation remove --db URL --id N   remove an escalation rule
  escalation share --db URL [--set S] print or set the SLA warning share (default 0.8)
  mailgate --db URL --queue NAME &lt; message.eml
                                      deliver one email from an MTA into a ticket
                                      (exit codes of sysexits.h; 75: retry later)

URL: sqlite:/path/file.db or postgresql://user@host:port/dbname; --db falls back to
the SUPPORTDESK_DB environment variable. Run a command with --help for its options.
</source>
        <translation>Использование: supportdesk-server &lt;команда&gt; [параметры]

Команды:
  serve --db URL --listen HOST:PORT   запустить HTTP/JSON API (порт 0 выбирает свободный)
  migrate --db URL                    создать или обновить схему базы данных
  demo --db URL --tickets N           заполнить базу демонстрационными данными
  user add --db URL --login L --role customer|agent|supervisor|admin --password-stdin
           [--organisation NAME [--create-organisation]] [--name NAME] [--email E]
           [--queue NAME ...]         добавить пользователя; пароль читается из stdin
  user list --db URL [--all]          вывести список пользователей
  user passwd --db URL --login L --password-stdin
                                      задать пароль пользователя из stdin
  sla due --calendar FILE --from TIME --minutes N [--critical]
                                      когда истекут N рабочих минут от TIME
  sla elapsed --calendar FILE --from TIME --to TIME [--critical]
                                      рабочие минуты между двумя моментами
  calendar list --db URL              вывести список рабочих календарей
  calendar show NAME --db URL         вывести сохранённый календарь как файл календаря
  calendar set --db URL --file FILE.json [--name NAME]
                                      создать календарь или заменить одноимённый
  calendar import NAME --db URL --file FILE [--format csv|json] [--year Y] [--dry-run]
                                      заменить праздники, сокращённые и рабочие выходные
                                      дни одного года данными производственного календаря
  calendar remove NAME --db URL       удалить календарь, не используемый политиками SLA
  policy list --db URL                вывести список политик SLA
  policy set --db URL --level L --category C --priority P --first M --next M
             --resolution M [--calendar NAME] [--pausing STATUS,...|none]
                                      создать или заменить политику для L x C x P
                                      (сроки в рабочих минутах; --next 0: без срока)
  policy remove --db URL (--id N | --level L --category C --priority P)
                                      удалить политику SLA
  escalation list --db URL            вывести правила эскалации SLA
  escalation add --db URL --kind warning|breach [--target T|any] [--priority P|any]
             [--notify] [--raise-priority] [--move-queue NAME] [--inactive]
                                      добавить правило, срабатывающее при предупреждении
                                      или нарушении
  escalation remove --db URL --id N   удалить правило эскалации
  escalation share --db URL [--set S] вывести или задать долю срока для предупреждения
                                      SLA (по умолчанию 0.8)
  mailgate --db URL --queue NAME &lt; message.eml
                                      доставить одно письмо от MTA в заявку
                                      (коды выхода sysexits.h; 75: повторить позже)

URL: sqlite:/path/file.db или postgresql://user@host:port/dbname; без --db берётся
переменная окружения SUPPORTDESK_DB. Параметры команды: запустите её с --help.
</translation>
    </message>
</context>
<context>
    <name>sd::server::ApiServer</name>
    <message>
        <source>The server is shutting down; try again in a moment.</source>
        <translation>Сервер завершает работу; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Не найдено: %1</translation>
    </message>
    <message>
        <source>%1 does not accept %2; use %3.</source>
        <translation>%1 не поддерживает метод %2; используйте %3.</translation>
    </message>
    <message>
        <source>Only administrators may do this.</source>
        <translation>Это могут делать только администраторы.</translation>
    </message>
</context>
<context>
    <name>sd::server::CalendarCommand</name>
    <message>
        <source>%1: name the calendar right after the command: supportdesk-server %1 NAME [options]</source>
        <translation>%1: укажите имя календаря сразу после команды: supportdesk-server %1 ИМЯ [параметры]</translation>
    </message>
    <message>
        <source>The calendar&apos;s name, as `calendar list` shows it.</source>
        <translation>Имя календаря, как его показывает `calendar list`.</translation>
    </message>
    <message>
        <source>%1: --file FILE is required</source>
        <translation>%1: нужен параметр --file ФАЙЛ</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: не удаётся прочитать %2: %3</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>TIME ZONE</source>
        <translation>ЧАСОВОЙ ПОЯС</translation>
    </message>
    <message>
        <source>YEARS</source>
        <translation>ГОДЫ</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ИЗМЕНЁН</translation>
    </message>
    <message>
        <source>Prints the calendar file of a stored calendar.</source>
        <translation>Выводит файл календаря для сохранённого календаря.</translation>
    </message>
    <message>
        <source>Creates a calendar from a calendar file, or replaces the one of the same name.</source>
        <translation>Создаёт календарь из файла календаря или заменяет одноимённый.</translation>
    </message>
    <message>
        <source>The calendar file (JSON); - reads standard input.</source>
        <translation>Файл календаря (JSON); «-» — стандартный ввод.</translation>
    </message>
    <message>
        <source>Store it under this name (default: the file&apos;s name).</source>
        <translation>Сохранить под этим именем (по умолчанию — имя из файла).</translation>
    </message>
    <message>
        <source>Created calendar &quot;%1&quot; with id %2</source>
        <translation>Создан календарь «%1» с id %2</translation>
    </message>
    <message>
        <source>Replaced calendar &quot;%1&quot; (id %2)</source>
        <translation>Календарь «%1» заменён (id %2)</translation>
    </message>
    <message>
        <source>calendar import: --format must be csv or json (got &quot;%1&quot;)</source>
        <translation>calendar import: --format должен быть csv или json (указано «%1»)</translation>
    </message>
    <message>
        <source>calendar import: add --format csv or --format json; the file name does not tell</source>
        <translation>calendar import: добавьте --format csv или --format json; по имени файла формат не определить</translation>
    </message>
    <message>
        <source>calendar import: --year needs a year from %1 to %2 (got &quot;%3&quot;)</source>
        <translation>calendar import: --year требует год от %1 до %2 (указано «%3»)</translation>
    </message>
    <message>
        <source>Replaces one year&apos;s holidays, shortened days and working weekend days of a stored calendar with a production calendar&apos;s (see docs/production-calendar.md); other years stay.</source>
        <translation>Заменяет праздничные, сокращённые и рабочие выходные дни одного года в сохранённом календаре данными производственного календаря (см. docs/production-calendar.md); другие годы не меняются.</translation>
    </message>
    <message>
        <source>The production calendar; - reads standard input.</source>
        <translation>Производственный календарь; «-» — стандартный ввод.</translation>
    </message>
    <message>
        <source>csv (the open-data table) or json (default: from the file name).</source>
        <translation>csv (таблица открытых данных) или json (по умолчанию — по имени файла).</translation>
    </message>
    <message>
        <source>The year to take from a CSV that lists several.</source>
        <translation>Какой год взять из CSV, где их несколько.</translation>
    </message>
    <message>
        <source>Print the calendar file the import would store; store nothing.</source>
        <translation>Вывести файл календаря, который сохранил бы импорт; ничего не сохранять.</translation>
    </message>
    <message>
        <source>Imported %1 into calendar &quot;%2&quot;: holidays %3, shortened days %4, working weekend days %5</source>
        <translation>%1 год импортирован в календарь «%2»: праздничных дней %3, сокращённых %4, рабочих выходных %5</translation>
    </message>
    <message>
        <source>Removes a calendar that no SLA policy counts in.</source>
        <translation>Удаляет календарь, по которому не считает ни одна политика SLA.</translation>
    </message>
    <message>
        <source>Removed calendar &quot;%1&quot; (id %2)</source>
        <translation>Календарь «%1» удалён (id %2)</translation>
    </message>
    <message>
        <source>calendar: use &quot;calendar list&quot;, &quot;calendar show&quot;, &quot;calendar set&quot;, &quot;calendar import&quot; or &quot;calendar remove&quot; (got &quot;%1&quot;)</source>
        <translation>calendar: используйте «calendar list», «calendar show», «calendar set», «calendar import» или «calendar remove» (указано «%1»)</translation>
    </message>
</context>
<context>
    <name>sd::server::CliSupport</name>
    <message>
        <source>Database: sqlite:/path/file.db or postgresql://user@host:port/dbname (default: $SUPPORTDESK_DB).</source>
        <translation>База данных: sqlite:/path/file.db или postgresql://user@host:port/dbname (по умолчанию: $SUPPORTDESK_DB).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: лишний аргумент «%2»</translation>
    </message>
    <message>
        <source>%1: no database given; pass --db URL or set SUPPORTDESK_DB</source>
        <translation>%1: не указана база данных; передайте --db URL или задайте переменную SUPPORTDESK_DB</translation>
    </message>
</context>
<context>
    <name>sd::server::ConfigFile</name>
    <message>
        <source>Cannot read the config file %1: %2</source>
        <translation>Не удаётся прочитать файл конфигурации %1: %2</translation>
    </message>
    <message>
        <source>The config file %1 is not UTF-8 text.</source>
        <translation>Файл конфигурации %1 не является текстом в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>%1, line %2: expected &quot;[section]&quot; or &quot;key = value&quot;, got &quot;%3&quot;</source>
        <translation>%1, строка %2: ожидается «[раздел]» или «ключ = значение», получено «%3»</translation>
    </message>
    <message>
        <source>%1, line %2: the key &quot;%3&quot; stands before any [section]</source>
        <translation>%1, строка %2: ключ «%3» указан до первого заголовка раздела «[раздел]»</translation>
    </message>
    <message>
        <source>%1, line %2: [%3] %4 is set a second time</source>
        <translation>%1, строка %2: параметр [%3] %4 задан повторно</translation>
    </message>
</context>
<context>
    <name>sd::server::DemoCommand</name>
    <message>
        <source>How many demo tickets to add (default 300).</source>
        <translation>Сколько демонстрационных обращений добавить (по умолчанию 300).</translation>
    </message>
    <message>
        <source>demo: --tickets needs a number from 0 to 10000000 (got &quot;%1&quot;)</source>
        <translation>demo: для --tickets нужно число от 0 до 10000000 (получено «%1»)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo ticket(s) to %1</source>
        <translation>
            <numerusform>В базу данных %1 добавлено %n демонстрационное обращение</numerusform>
            <numerusform>В базу данных %1 добавлено %n демонстрационных обращения</numerusform>
            <numerusform>В базу данных %1 добавлено %n демонстрационных обращений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::server::DemoWriter</name>
    <message>
        <source>Cannot hash passwords: libsodium failed</source>
        <translation>Не удаётся вычислить хеши паролей: ошибка libsodium</translation>
    </message>
</context>
<context>
    <name>sd::server::EscalationCommand</name>
    <message>
        <source>escalation add: --%1 must be one of %2 or any (got &quot;%3&quot;)</source>
        <translation>escalation add: --%1 должен быть одним из %2 или any (указано «%3»)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ВИД</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>СРОК</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>ПРИОРИТЕТ</translation>
    </message>
    <message>
        <source>NOTIFY</source>
        <translation>УВЕДОМЛЯТЬ</translation>
    </message>
    <message>
        <source>RAISE</source>
        <translation>ПОВЫШАТЬ</translation>
    </message>
    <message>
        <source>MOVE TO</source>
        <translation>ПЕРЕМЕСТИТЬ В</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ВКЛЮЧЕНО</translation>
    </message>
    <message>
        <source>escalation add: --kind must be warning or breach (got &quot;%1&quot;)</source>
        <translation>escalation add: --kind должен быть warning или breach (указано «%1»)</translation>
    </message>
    <message>
        <source>Adds an escalation rule: what the SLA scheduler does when a warning or a breach fires.</source>
        <translation>Добавляет правило эскалации: что делает планировщик SLA при предупреждении или нарушении.</translation>
    </message>
    <message>
        <source>warning or breach.</source>
        <translation>warning или breach.</translation>
    </message>
    <message>
        <source>Notify supervisors (an internal note).</source>
        <translation>Уведомить руководителей (внутренняя заметка).</translation>
    </message>
    <message>
        <source>Raise the ticket&apos;s priority one step.</source>
        <translation>Повысить приоритет обращения на одну ступень.</translation>
    </message>
    <message>
        <source>Move the ticket to this queue.</source>
        <translation>Переместить обращение в эту очередь.</translation>
    </message>
    <message>
        <source>Store the rule switched off.</source>
        <translation>Сохранить правило выключенным.</translation>
    </message>
    <message>
        <source>Added escalation rule %1: %2</source>
        <translation>Добавлено правило эскалации %1: %2</translation>
    </message>
    <message>
        <source>The rule&apos;s id, as `escalation list` shows it.</source>
        <translation>id правила, как его показывает `escalation list`.</translation>
    </message>
    <message>
        <source>%1: --id needs a rule&apos;s number (got &quot;%2&quot;)</source>
        <translation>%1: --id требует номер правила (указано «%2»)</translation>
    </message>
    <message>
        <source>Removed escalation rule %1</source>
        <translation>Удалено правило эскалации %1</translation>
    </message>
    <message>
        <source>Prints the share of a target&apos;s business minutes after which the SLA scheduler warns, or sets it for every server on the database. Running targets take a new share when their ticket next changes.</source>
        <translation>Выводит долю рабочих минут срока, после которой планировщик SLA предупреждает, или задаёт её для всех серверов этой базы. Идущие сроки получают новую долю при следующем изменении обращения.</translation>
    </message>
    <message>
        <source>New share, e.g. 0.8.</source>
        <translation>Новая доля, например 0.8.</translation>
    </message>
    <message>
        <source>%1: --set needs a number between 0 and 1 (got &quot;%2&quot;)</source>
        <translation>%1: --set требует число между 0 и 1 (указано «%2»)</translation>
    </message>
    <message>
        <source>escalation: use &quot;escalation list&quot;, &quot;escalation add&quot;, &quot;escalation remove&quot; or &quot;escalation share&quot; (got &quot;%1&quot;)</source>
        <translation>escalation: используйте «escalation list», «escalation add», «escalation remove» или «escalation share» (указано «%1»)</translation>
    </message>
</context>
<context>
    <name>sd::server::EventConnection</name>
    <message>
        <source>Authentication timed out</source>
        <translation>Время аутентификации истекло</translation>
    </message>
    <message>
        <source>Invalid or expired token</source>
        <translation>Токен недействителен или истёк</translation>
    </message>
    <message>
        <source>Authentication required</source>
        <translation>Требуется аутентификация</translation>
    </message>
    <message>
        <source>Only text messages are understood.</source>
        <translation>Принимаются только текстовые сообщения.</translation>
    </message>
    <message>
        <source>Too many messages before authentication</source>
        <translation>Слишком много сообщений до входа</translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation>Сообщение не является объектом JSON.</translation>
    </message>
    <message>
        <source>This connection is already authenticated.</source>
        <translation>Это подключение уже прошло аутентификацию.</translation>
    </message>
    <message>
        <source>Unknown message type &quot;%1&quot;.</source>
        <translation>Неизвестный тип сообщения «%1».</translation>
    </message>
    <message>
        <source>Only staff members share presence.</source>
        <translation>Сообщать о своём присутствии могут только сотрудники.</translation>
    </message>
    <message>
        <source>A presence message needs a positive ticket_id and a state: viewing, replying or left.</source>
        <translation>В сообщении о присутствии должны быть указаны положительный ticket_id и состояние: viewing, replying или left.</translation>
    </message>
</context>
<context>
    <name>sd::server::MailIntake</name>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>Mail gateway</source>
        <translation>Почтовый шлюз</translation>
    </message>
    <message>
        <source>Attachments of the email from %1 were refused and not stored:</source>
        <translation>Вложения письма от %1 отклонены и не сохранены:</translation>
    </message>
</context>
<context>
    <name>sd::server::MailgateCommand</name>
    <message>
        <source>created</source>
        <translation>создана</translation>
    </message>
    <message>
        <source>appended</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>продолжение</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>повтор</translation>
    </message>
    <message>
        <source>Deliver one email message read from standard input into a queue.</source>
        <translation>Доставить в очередь одно письмо, прочитанное со стандартного ввода.</translation>
    </message>
    <message>
        <source>Queue that new tickets from this mail go to.</source>
        <translation>Очередь, в которую попадают новые заявки из этого письма.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>--queue NAME is required.</source>
        <translation>Нужен параметр --queue ИМЯ.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Не удалось прочитать стандартный ввод.</translation>
    </message>
    <message>
        <source>Not an email message: %1</source>
        <translation>Это не электронное письмо: %1</translation>
    </message>
    <message>
        <source>There is no queue &quot;%1&quot;.</source>
        <translation>Очереди «%1» нет.</translation>
    </message>
    <message>
        <source>The message was not stored: %1</source>
        <translation>Письмо не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>sd::server::MigrateCommand</name>
    <message>
        <source>%1 is up to date (schema version %2)</source>
        <translation>База данных %1 не требует обновления (версия схемы %2)</translation>
    </message>
    <message>
        <source>%1 migrated from schema version %2 to %3</source>
        <translation>База данных %1 обновлена с версии схемы %2 до версии %3</translation>
    </message>
    <message numerus="yes">
        <source>SLA targets computed for %n older ticket(s); %1 warning(s) and breach(es) they had already passed were recorded without escalating</source>
        <translation>
            <numerusform>SLA-цели рассчитаны для %n старой заявки; %1 предупреждений и нарушений, уже прошедших, записаны без эскалации</numerusform>
            <numerusform>SLA-цели рассчитаны для %n старых заявок; %1 предупреждений и нарушений, уже прошедших, записаны без эскалации</numerusform>
            <numerusform>SLA-цели рассчитаны для %n старых заявок; %1 предупреждений и нарушений, уже прошедших, записаны без эскалации</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::server::PolicyCommand</name>
    <message>
        <source>Support level, as contracts name it (e.g. default).</source>
        <translation>Уровень поддержки, как он назван в договорах (например, default).</translation>
    </message>
    <message>
        <source>%1: --%2 is required</source>
        <translation>%1: нужен параметр --%2</translation>
    </message>
    <message>
        <source>%1: --%2 must be one of %3 (got &quot;%4&quot;)</source>
        <translation>%1: --%2 должен быть одним из: %3 (указано «%4»)</translation>
    </message>
    <message>
        <source>%1: --%2 needs a whole number of business minutes from %3 to %4 (got &quot;%5&quot;)</source>
        <translation>%1: --%2 требует целое число рабочих минут от %3 до %4 (указано «%5»)</translation>
    </message>
    <message>
        <source>policy set: --pausing may only list these statuses: %1, or be none (got &quot;%2&quot;)</source>
        <translation>policy set: в --pausing допустимы только статусы %1 или none (указано «%2»)</translation>
    </message>
    <message>
        <source>%1: --level is required</source>
        <translation>%1: нужен параметр --level</translation>
    </message>
    <message>
        <source>SLA policy %1 for %2/%3/%4: first response %5, next response %6, resolution %7 business minutes; calendar %8; paused in %9</source>
        <translation>Политика SLA %1 для %2/%3/%4: первый ответ %5, следующий ответ %6, решение %7 рабочих минут; календарь %8; пауза в статусах %9</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>УРОВЕНЬ</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>КАТЕГОРИЯ</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>ПРИОРИТЕТ</translation>
    </message>
    <message>
        <source>FIRST</source>
        <translation>ПЕРВЫЙ</translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation>СЛЕДУЮЩИЙ</translation>
    </message>
    <message>
        <source>RESOLUTION</source>
        <translation>РЕШЕНИЕ</translation>
    </message>
    <message>
        <source>CALENDAR</source>
        <translation>КАЛЕНДАРЬ</translation>
    </message>
    <message>
        <source>PAUSING</source>
        <translation>ПАУЗА</translation>
    </message>
    <message>
        <source>Creates the SLA policy of a support level, category and priority, or replaces it. Targets are business minutes of the policy&apos;s calendar.</source>
        <translation>Создаёт или заменяет политику SLA для уровня поддержки, категории и приоритета. Сроки — в рабочих минутах календаря политики.</translation>
    </message>
    <message>
        <source>First-response target.</source>
        <translation>Срок первого ответа.</translation>
    </message>
    <message>
        <source>Target for each answer after a customer&apos;s message; 0 for none.</source>
        <translation>Срок каждого ответа после сообщения клиента; 0 — без срока.</translation>
    </message>
    <message>
        <source>Resolution target.</source>
        <translation>Срок решения.</translation>
    </message>
    <message>
        <source>The calendar&apos;s name (default: none).</source>
        <translation>Имя календаря (по умолчанию — нет).</translation>
    </message>
    <message>
        <source>Statuses that stop the clock, comma-separated, or none (default: pending_customer).</source>
        <translation>Статусы, останавливающие отсчёт, через запятую, или none (по умолчанию pending_customer).</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Создана %1</translation>
    </message>
    <message>
        <source>Replaced %1</source>
        <translation>Заменена %1</translation>
    </message>
    <message>
        <source>Removes an SLA policy, named by --id or by --level, --category and --priority.</source>
        <translation>Удаляет политику SLA, заданную через --id или через --level, --category и --priority.</translation>
    </message>
    <message>
        <source>The policy&apos;s id, as `policy list` shows it.</source>
        <translation>id политики, как его показывает `policy list`.</translation>
    </message>
    <message>
        <source>%1: name the policy by --id or by --level, --category and --priority</source>
        <translation>%1: укажите политику через --id или через --level, --category и --priority</translation>
    </message>
    <message>
        <source>%1: --id needs a policy&apos;s number (got &quot;%2&quot;)</source>
        <translation>%1: --id требует номер политики (указано «%2»)</translation>
    </message>
    <message>
        <source>Removed SLA policy %1 for %2/%3/%4</source>
        <translation>Удалена политика SLA %1 для %2/%3/%4</translation>
    </message>
    <message>
        <source>policy: use &quot;policy list&quot;, &quot;policy set&quot; or &quot;policy remove&quot; (got &quot;%1&quot;)</source>
        <translation>policy: используйте «policy list», «policy set» или «policy remove» (указано «%1»)</translation>
    </message>
</context>
<context>
    <name>sd::server::RequestGate</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>The request is too large: at most %1 is accepted here.</source>
        <translation>Запрос слишком большой: здесь принимается не более %1.</translation>
    </message>
    <message>
        <source>The request headers are too large: at most %1 is accepted.</source>
        <translation>Заголовки запроса слишком большие: принимается не более %1.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation>Запрос не соответствует протоколу HTTP/1.1.</translation>
    </message>
</context>
<context>
    <name>sd::server::ServeCommand</name>
    <message>
        <source>serve: --listen &quot;%1&quot; is not an address and port such as 127.0.0.1:8080</source>
        <translation>serve: значение --listen «%1» не является адресом и портом вида 127.0.0.1:8080</translation>
    </message>
    <message>
        <source>serve: cannot listen on %1</source>
        <translation>serve: не удаётся принимать подключения на %1</translation>
    </message>
    <message>
        <source>serve: cannot read the TLS certificate %1: %2</source>
        <translation>serve: не удаётся прочитать сертификат TLS %1: %2</translation>
    </message>
    <message>
        <source>serve: cannot read the TLS key %1: %2</source>
        <translation>serve: не удаётся прочитать ключ TLS %1: %2</translation>
    </message>
    <message>
        <source>serve: %1 is not a PEM certificate</source>
        <translation>serve: %1 не является сертификатом в формате PEM</translation>
    </message>
    <message>
        <source>serve: %1 is not a PEM private key (RSA or EC, without a passphrase)</source>
        <translation>serve: %1 не является закрытым ключом в формате PEM (RSA или EC, без парольной фразы)</translation>
    </message>
    <message>
        <source>Print the effective settings (file, environment and flags combined) and exit.</source>
        <translation>Вывести действующие настройки (с учётом файла, переменных окружения и флагов) и завершить работу.</translation>
    </message>
</context>
<context>
    <name>sd::server::ServerConfigLoader</name>
    <message>
        <source>Database URL.</source>
        <translation>URL базы данных.</translation>
    </message>
    <message>
        <source>Address and port to listen on (port 0 picks a free one).</source>
        <translation>Адрес и порт для входящих подключений (при порте 0 выбирается свободный).</translation>
    </message>
    <message>
        <source>TLS certificate chain, PEM file (needs the key too).</source>
        <translation>Цепочка сертификатов TLS, файл PEM (нужен также ключ).</translation>
    </message>
    <message>
        <source>TLS private key, PEM file.</source>
        <translation>Закрытый ключ TLS, файл PEM.</translation>
    </message>
    <message>
        <source>Threads for database work; 0 means one per core.</source>
        <translation>Число потоков для работы с базой данных; 0 — по одному на ядро процессора.</translation>
    </message>
    <message>
        <source>Largest attachment, e.g. 300KB, 10MB, 10MiB or bytes.</source>
        <translation>Максимальный размер вложения, например 300KB, 10MB, 10MiB или число байт.</translation>
    </message>
    <message>
        <source>Largest JSON request body.</source>
        <translation>Максимальный размер тела JSON-запроса.</translation>
    </message>
    <message>
        <source>Hours a sign-in stays valid.</source>
        <translation>Сколько часов действует вход в систему.</translation>
    </message>
    <message>
        <source>Failed sign-ins allowed per login within the window.</source>
        <translation>Сколько неудачных попыток входа допускается для одного логина за период подсчёта.</translation>
    </message>
    <message>
        <source>Failed sign-ins allowed per client address within the window.</source>
        <translation>Сколько неудачных попыток входа допускается для одного адреса клиента за период подсчёта.</translation>
    </message>
    <message>
        <source>Minutes over which failed sign-ins are counted.</source>
        <translation>Период подсчёта неудачных попыток входа, в минутах.</translation>
    </message>
    <message>
        <source>Prefix of ticket numbers (SD in SD-2026-000123).</source>
        <translation>Префикс номеров обращений (SD в SD-2026-000123).</translation>
    </message>
    <message>
        <source>IANA time zone whose year ticket numbers carry.</source>
        <translation>Часовой пояс IANA, по которому определяется год в номерах обращений.</translation>
    </message>
    <message>
        <source>Days after resolution in which a customer reply reopens the ticket.</source>
        <translation>Сколько дней после решения обращения ответ клиента возобновляет его.</translation>
    </message>
    <message>
        <source>Days back in which possible duplicates are suggested.</source>
        <translation>За сколько последних дней предлагаются возможные дубликаты.</translation>
    </message>
    <message>
        <source>Log format: text or json.</source>
        <translation>Формат журнала: text или json.</translation>
    </message>
    <message>
        <source>must not be negative, got &quot;%1&quot;</source>
        <translation>значение не может быть отрицательным, получено «%1»</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got &quot;%3&quot;</source>
        <translation>ожидается целое число от %1 до %2, получено «%3»</translation>
    </message>
    <message>
        <source>a size must not be negative, got &quot;%1&quot;</source>
        <translation>размер не может быть отрицательным, получено «%1»</translation>
    </message>
    <message>
        <source>expected a size in bytes or with a unit such as 300KB, 10MB or 10MiB, got &quot;%1&quot;</source>
        <translation>ожидается размер в байтах или с единицей измерения, например 300KB, 10MB или 10MiB, получено «%1»</translation>
    </message>
    <message>
        <source>expected a size greater than zero, got &quot;%1&quot;</source>
        <translation>ожидается размер больше нуля, получено «%1»</translation>
    </message>
    <message>
        <source>expected an address and port such as 127.0.0.1:8080 or [::1]:8443, got &quot;%1&quot;</source>
        <translation>ожидаются адрес и порт, например 127.0.0.1:8080 или [::1]:8443, получено «%1»</translation>
    </message>
    <message>
        <source>expected an IANA time zone such as Europe/Moscow, got &quot;%1&quot;</source>
        <translation>ожидается часовой пояс IANA, например Europe/Moscow, получено «%1»</translation>
    </message>
    <message>
        <source>expected 1 to 16 ASCII letters and digits starting with a letter, got &quot;%1&quot;</source>
        <translation>ожидается от 1 до 16 латинских букв и цифр, начиная с буквы, получено «%1»</translation>
    </message>
    <message>
        <source>expected &quot;text&quot; or &quot;json&quot;, got &quot;%1&quot;</source>
        <translation>ожидается «text» или «json», получено «%1»</translation>
    </message>
    <message>
        <source>%1: unknown key; did you mean %2?</source>
        <translation>%1: неизвестный ключ; возможно, имелся в виду %2?</translation>
    </message>
    <message>
        <source>%1: unknown key; the known keys are %2</source>
        <translation>%1: неизвестный ключ; известные ключи: %2</translation>
    </message>
    <message>
        <source>%1, line %2: [%3] %4</source>
        <translation>%1, строка %2: [%3] %4</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>переменная окружения %1</translation>
    </message>
    <message>
        <source>option --%1</source>
        <translation>параметр --%1</translation>
    </message>
    <message>
        <source>%1 in the config file, %2 or --%3</source>
        <translation>%1 в файле конфигурации, %2 или --%3</translation>
    </message>
    <message>
        <source>%1: TLS needs both a certificate and a key; set the %2 too (%3)</source>
        <translation>%1: для TLS нужны и сертификат, и ключ; задайте также %2 (%3)</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>закрытый ключ</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>сертификат</translation>
    </message>
    <message>
        <source>%1: cannot read the PEM file %2: %3</source>
        <translation>%1: не удаётся прочитать файл PEM %2: %3</translation>
    </message>
    <message>
        <source>No database given: pass --db URL, set SUPPORTDESK_DB or set url in the [database] section of the config file.</source>
        <translation>Не указана база данных: передайте --db URL, задайте переменную SUPPORTDESK_DB или укажите url в разделе [database] файла конфигурации.</translation>
    </message>
    <message>
        <source>INI config file (default: $%1).</source>
        <translation>Файл конфигурации INI (по умолчанию: $%1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Also %1, $%2.</source>
        <translation>Также %1, $%2.</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>По умолчанию: %1.</translation>
    </message>
    <message>
        <source># Effective settings: defaults &lt; config file &lt; SUPPORTDESK_* variables &lt; flags. The database password is not shown.</source>
        <translation># Действующие настройки: значения по умолчанию &lt; файл конфигурации &lt; переменные SUPPORTDESK_* &lt; флаги. Пароль базы данных не показан.</translation>
    </message>
    <message>
        <source>Seconds between the SLA scheduler&apos;s passes (warnings, breaches, escalations); 0 turns it off.</source>
        <translation>Секунды между проходами планировщика SLA (предупреждения, нарушения, эскалации); 0 отключает его.</translation>
    </message>
</context>
<context>
    <name>sd::server::SlaCommand</name>
    <message>
        <source>sla: cannot read calendar file %1: %2</source>
        <translation>sla: не удаётся прочитать файл календаря %1: %2</translation>
    </message>
    <message>
        <source>sla: calendar file %1: %2</source>
        <translation>sla: файл календаря %1: %2</translation>
    </message>
    <message>
        <source>sla: --%1 is required</source>
        <translation>sla: требуется параметр --%1</translation>
    </message>
    <message>
        <source>sla: --%1 &quot;%2&quot; is not an ISO-8601 date and time (e.g. 2026-11-27T16:00:00+03:00)</source>
        <translation>sla: значение --%1 «%2» не является датой и временем в формате ISO-8601 (например, 2026-11-27T16:00:00+03:00)</translation>
    </message>
    <message>
        <source>sla: --minutes needs a whole number of business minutes, 0 or more (got &quot;%1&quot;)</source>
        <translation>sla: для --minutes нужно целое число рабочих минут, не меньше 0 (получено «%1»)</translation>
    </message>
    <message>
        <source>Business calendar JSON file.</source>
        <translation>JSON-файл рабочего календаря.</translation>
    </message>
    <message>
        <source>Start instant, ISO-8601.</source>
        <translation>Начальный момент времени, ISO-8601.</translation>
    </message>
    <message>
        <source>End instant, ISO-8601 (elapsed).</source>
        <translation>Конечный момент времени, ISO-8601 (для elapsed).</translation>
    </message>
    <message>
        <source>Business minutes to add (due).</source>
        <translation>Сколько рабочих минут прибавить (для due).</translation>
    </message>
    <message>
        <source>Count the duty schedule too (critical tickets).</source>
        <translation>Учитывать также график дежурств (для критичных обращений).</translation>
    </message>
    <message>
        <source>sla: --calendar FILE.json is required</source>
        <translation>sla: требуется параметр --calendar FILE.json</translation>
    </message>
    <message>
        <source>sla: use &quot;sla due&quot; or &quot;sla elapsed&quot; (got &quot;%1&quot;)</source>
        <translation>sla: используйте «sla due» или «sla elapsed» (получено «%1»)</translation>
    </message>
</context>
<context>
    <name>sd::server::UserCommand</name>
    <message>
        <source>The user&apos;s sign-in name.</source>
        <translation>Логин пользователя для входа в систему.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (at least %1 characters).</source>
        <translation>Прочитать пароль из первой строки стандартного ввода (не менее %1 символов).</translation>
    </message>
    <message>
        <source>%1: --%2 is required</source>
        <translation>%1: требуется параметр --%2</translation>
    </message>
    <message>
        <source>%1: no password on standard input (--password-stdin reads its first line)</source>
        <translation>%1: на стандартном вводе нет пароля (--password-stdin читает его первую строку)</translation>
    </message>
    <message>
        <source>%1: the password is too short; use at least %2 characters</source>
        <translation>%1: пароль слишком короткий; используйте не менее %2 символов</translation>
    </message>
    <message>
        <source>%1: cannot hash the password: libsodium failed</source>
        <translation>%1: не удаётся вычислить хеш пароля: ошибка libsodium</translation>
    </message>
    <message>
        <source>--login must not contain spaces or control characters</source>
        <translation>значение --login не может содержать пробелы или управляющие символы</translation>
    </message>
    <message>
        <source>--email &quot;%1&quot; is not an email address</source>
        <translation>значение --email «%1» не является адресом электронной почты</translation>
    </message>
    <message>
        <source>--create-organisation needs --organisation NAME</source>
        <translation>для --create-organisation нужен параметр --organisation NAME</translation>
    </message>
    <message>
        <source>a customer belongs to an organisation: pass --organisation NAME (with --create-organisation if it does not exist yet)</source>
        <translation>клиент должен относиться к организации: передайте --organisation NAME (вместе с --create-organisation, если организации ещё нет)</translation>
    </message>
    <message>
        <source>only customers belong to an organisation, not the role %1</source>
        <translation>к организации относятся только клиенты, а не пользователи с ролью %1</translation>
    </message>
    <message>
        <source>customers work no queues; --queue is for agents, supervisors and admins</source>
        <translation>клиенты не работают с очередями; --queue предназначен для агентов, супервизоров и администраторов</translation>
    </message>
    <message>
        <source>user add: --role must be one of %1 (got &quot;%2&quot;)</source>
        <translation>user add: значение --role должно быть одним из %1 (получено «%2»)</translation>
    </message>
    <message>
        <source>there is no organisation &quot;%1&quot;; add --create-organisation to create it</source>
        <translation>организация «%1» не найдена; добавьте --create-organisation, чтобы создать её</translation>
    </message>
    <message>
        <source>there is no queue &quot;%1&quot;; the queues are: %2</source>
        <translation>очередь «%1» не найдена; существующие очереди: %2</translation>
    </message>
    <message>
        <source>Created organisation %1 with id %2</source>
        <translation>Создана организация %1 с идентификатором %2</translation>
    </message>
    <message>
        <source>Created user %1 with id %2</source>
        <translation>Создан пользователь %1 с идентификатором %2</translation>
    </message>
    <message>
        <source>customer, agent, supervisor or admin.</source>
        <translation>customer, agent, supervisor или admin.</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation (customers only).</source>
        <translation>Организация клиента (только для клиентов).</translation>
    </message>
    <message>
        <source>Create the organisation if it does not exist yet.</source>
        <translation>Создать организацию, если её ещё нет.</translation>
    </message>
    <message>
        <source>Full name (default: the login).</source>
        <translation>Полное имя (по умолчанию — логин).</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Адрес электронной почты.</translation>
    </message>
    <message>
        <source>A queue the user works; repeat for several (not for customers).</source>
        <translation>Очередь, с которой работает пользователь; для нескольких очередей укажите параметр несколько раз (не для клиентов).</translation>
    </message>
    <message>
        <source>Include deactivated users.</source>
        <translation>Показать также деактивированных пользователей.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ЛОГИН</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РОЛЬ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>ORGANISATION</source>
        <translation>ОРГАНИЗАЦИЯ</translation>
    </message>
    <message numerus="yes">
        <source>Changed the password of %1; signed out %n session(s)</source>
        <translation>
            <numerusform>Пароль пользователя %1 изменён; завершён %n сеанс</numerusform>
            <numerusform>Пароль пользователя %1 изменён; завершено %n сеанса</numerusform>
            <numerusform>Пароль пользователя %1 изменён; завершено %n сеансов</numerusform>
        </translation>
    </message>
    <message>
        <source>user: use &quot;user add&quot;, &quot;user list&quot; or &quot;user passwd&quot; (got &quot;%1&quot;)</source>
        <translation>user: используйте «user add», «user list» или «user passwd» (получено «%1»)</translation>
    </message>
</context>
<context>
    <name>sd::widgets::AnnotationEditor</name>
    <message>
        <source>Drag from where the arrow starts to what it points at.</source>
        <translation>Протяните от начала стрелки к тому, на что она указывает.</translation>
    </message>
    <message>
        <source>Drag to draw a frame around what matters.</source>
        <translation>Обведите рамкой то, что важно.</translation>
    </message>
    <message>
        <source>Click where the text should go.</source>
        <translation>Щёлкните там, где должен быть текст.</translation>
    </message>
    <message>
        <source>Drag over passwords, names or other private details to black them out.</source>
        <translation>Проведите по паролям, именам и другим личным данным, чтобы закрасить их.</translation>
    </message>
    <message>
        <source>Mark up the screenshot</source>
        <translation>Пометки на снимке экрана</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Приложить</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Стрелка</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Рамка</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Black out</source>
        <translation>Закрасить</translation>
    </message>
    <message>
        <source>Hide passwords, names or other private details. The hidden part is removed from the picture, not just covered.</source>
        <translation>Скрыть пароли, имена и другие личные данные. Скрытая часть удаляется из изображения, а не просто закрывается.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Undo the last change (%1)</source>
        <translation>Отменить последнее изменение (%1)</translation>
    </message>
    <message>
        <source>Remove all marks</source>
        <translation>Убрать все пометки</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>Добавить текст</translation>
    </message>
    <message>
        <source>Text to show on the picture:</source>
        <translation>Текст на изображении:</translation>
    </message>
</context>
<context>
    <name>sd::widgets::AttachmentChip</name>
    <message>
        <source>picture</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Logs and other text become much smaller when packed into a ZIP archive.</source>
        <translation>Журналы и другие текстовые файлы становятся намного меньше в архиве ZIP.</translation>
    </message>
    <message>
        <source>Pack it into a ZIP archive, or send only the part that matters.</source>
        <translation>Упакуйте его в архив ZIP или отправьте только нужную часть.</translation>
    </message>
    <message>
        <source>Shrink to fit</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Make the picture smaller (as JPEG, or with fewer pixels) so that it fits the limit</source>
        <translation>Уменьшить изображение (в JPEG или с меньшим числом точек), чтобы оно уложилось в ограничение</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Убрать %1</translation>
    </message>
    <message>
        <source>%1, refused: %2</source>
        <translation>%1, не принимается: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>sd::widgets::AttachmentList</name>
    <message>
        <source>No attachments. Drop files here or paste a screenshot (%1).</source>
        <translation>Вложений нет. Перетащите сюда файлы или вставьте снимок экрана (%1).</translation>
    </message>
    <message>
        <source>The smaller picture could not be saved. Check that the disk is not full, then remove this picture and add it again.</source>
        <translation>Не удалось сохранить уменьшенное изображение. Проверьте, что на диске есть место, затем уберите это изображение и добавьте его снова.</translation>
    </message>
    <message>
        <source>Shrunk to fit: %1</source>
        <translation>Уменьшено: %1</translation>
    </message>
    <message>
        <source>The picture could not be saved for sending. Check that the disk is not full, then try again.</source>
        <translation>Не удалось сохранить изображение для отправки. Проверьте, что на диске есть место, и попробуйте снова.</translation>
    </message>
    <message>
        <source>Folders cannot be attached. Put the files into a ZIP archive and attach that instead.</source>
        <translation>Папки прикладывать нельзя. Упакуйте файлы в архив ZIP и приложите его.</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation>Файл не открывается (%1).</translation>
    </message>
</context>
<context>
    <name>sd::widgets::CannedResponseButton</name>
    <message>
        <source>Canned response</source>
        <translation>Шаблон ответа</translation>
    </message>
    <message>
        <source>No canned responses are available</source>
        <translation>Шаблонов ответов нет</translation>
    </message>
    <message>
        <source>Insert a prepared answer, filled in for this ticket</source>
        <translation>Вставить готовый ответ, заполненный для этой заявки</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>Мои</translation>
    </message>
</context>
<context>
    <name>sd::widgets::Dashboard</name>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>Отчёт PDF…</translation>
    </message>
    <message>
        <source>At risk and breached</source>
        <translation>Под угрозой и просроченные</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>рабочие часы</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Открыто сейчас</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Backlog trend</source>
        <translation>Динамика очереди</translation>
    </message>
    <message>
        <source>Breaches per day</source>
        <translation>Нарушения по дням</translation>
    </message>
    <message>
        <source>Response and resolution times</source>
        <translation>Время ответа и решения</translation>
    </message>
    <message>
        <source>Load per agent</source>
        <translation>Нагрузка по сотрудникам</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Удовлетворённость клиентов</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Обновлено в %1</translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation>Не обновлено: %1</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>90%</source>
        <translation>90 %</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n сотрудник</numerusform>
            <numerusform>%n сотрудника</numerusform>
            <numerusform>%n сотрудников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n оценка</numerusform>
            <numerusform>%n оценки</numerusform>
            <numerusform>%n оценок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s), %1 breached</source>
        <translation>
            <numerusform>%n обращение, просрочено %1</numerusform>
            <numerusform>%n обращения, просрочено %1</numerusform>
            <numerusform>%n обращений, просрочено %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (every support level)</source>
        <translation> (все уровни поддержки)</translation>
    </message>
    <message>
        <source>SLA report %1 - %2.pdf</source>
        <translation>Отчёт SLA %1 - %2.pdf</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>Сохранить отчёт PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SLA report</source>
        <translation>Отчёт SLA</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Период: %1 – %2</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Все обращения</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Сформирован %1</translation>
    </message>
    <message>
        <source>First responses</source>
        <translation>Первые ответы</translation>
    </message>
    <message>
        <source>First-response distribution</source>
        <translation>Распределение первых ответов</translation>
    </message>
</context>
<context>
    <name>sd::widgets::DashboardFilterBar</name>
    <message>
        <source>Default (no contract)</source>
        <translation>По умолчанию (без договора)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Все очереди</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Все организации</translation>
    </message>
    <message>
        <source>All support levels</source>
        <translation>Все уровни поддержки</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>№%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Support level</source>
        <translation>Уровень поддержки</translation>
    </message>
</context>
<context>
    <name>sd::widgets::DashboardTiles</name>
    <message>
        <source>first response %1</source>
        <translation>первый ответ %1</translation>
    </message>
    <message>
        <source>next response %1</source>
        <translation>следующий ответ %1</translation>
    </message>
    <message>
        <source>resolution %1</source>
        <translation>решение %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Breached now</source>
        <translation>Просрочено сейчас</translation>
    </message>
    <message>
        <source>At risk now</source>
        <translation>Под угрозой сейчас</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Переоткрыто</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Удовлетворённость клиентов</translation>
    </message>
    <message>
        <source>at the end of the period; %1 at its start</source>
        <translation>на конец периода; %1 на начало</translation>
    </message>
    <message>
        <source>in the period; %1 resolved or closed</source>
        <translation>за период; %1 решено или закрыто</translation>
    </message>
    <message>
        <source>%1 of %2 resolved tickets</source>
        <translation>%1 из %2 решённых обращений</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n оценка</numerusform>
            <numerusform>%n оценки</numerusform>
            <numerusform>%n оценок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>median in business time; 90%: %1; %n ticket(s)</source>
        <translation>
            <numerusform>медиана в рабочем времени; 90 %: %1; %n обращение</numerusform>
            <numerusform>медиана в рабочем времени; 90 %: %1; %n обращения</numerusform>
            <numerusform>медиана в рабочем времени; 90 %: %1; %n обращений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::widgets::DesktopNotifier</name>
    <message>
        <source>SupportDesk</source>
        <translation>SupportDesk</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Назначена на вас</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA нарушен</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA под угрозой</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>первый ответ</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>решение</translation>
    </message>
</context>
<context>
    <name>sd::widgets::FormatToolBar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>B</source>
        <extracomment>Toolbar button: bold text. One or two letters.</extracomment>
        <translation>Ж</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Полужирный</translation>
    </message>
    <message>
        <source>I</source>
        <extracomment>Toolbar button: italic text. One or two letters.</extracomment>
        <translation>К</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <source>U</source>
        <extracomment>Toolbar button: underlined text. One or two letters.</extracomment>
        <translation>Ч</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Подчёркнутый</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Список</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Маркированный список</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Список</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Нумерованный список</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Make the selection a link, or insert one</source>
        <translation>Сделать выделенное ссылкой или вставить ссылку</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Quote: indent the selected paragraphs</source>
        <translation>Цитата: выделить выбранные абзацы отступом</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Code: file names, commands, error codes in a fixed-width font</source>
        <translation>Код: имена файлов, команды, коды ошибок моноширинным шрифтом</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Clear formatting of the selection</source>
        <translation>Убрать оформление выделенного</translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>Вставить ссылку</translation>
    </message>
    <message>
        <source>Web address (https://…) or e-mail address (mailto:…):</source>
        <translation>Веб-адрес (https://…) или адрес эл. почты (mailto:…):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web or e-mail address, so no link was made. Links start with https://, http:// or mailto:.</source>
        <translation>«%1» — не веб-адрес и не адрес эл. почты, ссылка не создана. Ссылки начинаются с https://, http:// или mailto:.</translation>
    </message>
</context>
<context>
    <name>sd::widgets::KbSearchBar</name>
    <message>
        <source>Search the knowledge base for an article to link…</source>
        <translation>Найти в базе знаний статью для ссылки…</translation>
    </message>
    <message>
        <source>Close the knowledge-base search (Esc)</source>
        <translation>Закрыть поиск по базе знаний (Esc)</translation>
    </message>
    <message>
        <source>Knowledge base:</source>
        <translation>База знаний:</translation>
    </message>
    <message>
        <source>No articles match &quot;%1&quot;.</source>
        <translation>Статей по запросу «%1» нет.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
</context>
<context>
    <name>sd::widgets::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://support.example.com.</source>
        <translation>Введите адрес сервера, например https://support.example.com.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
</context>
<context>
    <name>sd::widgets::MainWindow</name>
    <message>
        <source>SupportDesk</source>
        <translation>SupportDesk</translation>
    </message>
    <message>
        <source>SupportDesk — %1</source>
        <translation>SupportDesk — %1</translation>
    </message>
    <message>
        <source>The ticket list could not be read: %1</source>
        <translation>Не удалось прочитать список заявок: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти из учётной записи</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>&amp;Filter tickets</source>
        <translation>&amp;Фильтр заявок</translation>
    </message>
    <message>
        <source>&amp;Next ticket</source>
        <translation>&amp;Следующая заявка</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>&amp;Предыдущая заявка</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Filter tickets</source>
        <translation>Фильтр заявок</translation>
    </message>
    <message>
        <source>Next ticket</source>
        <translation>Следующая заявка</translation>
    </message>
    <message>
        <source>Previous ticket</source>
        <translation>Предыдущая заявка</translation>
    </message>
    <message>
        <source>My open tickets (Alt+1 … Alt+7: the views)</source>
        <translation>Мои открытые заявки (Alt+1 … Alt+7: представления)</translation>
    </message>
    <message>
        <source>Reply to the open ticket</source>
        <translation>Ответить по открытой заявке</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New messages arrived</source>
        <translation>Пришли новые сообщения</translation>
    </message>
    <message numerus="yes">
        <source>While you were writing, %n new message(s) arrived:</source>
        <translation>
            <numerusform>Пока вы писали, пришло %n новое сообщение:</numerusform>
            <numerusform>Пока вы писали, пришло %n новых сообщения:</numerusform>
            <numerusform>Пока вы писали, пришло %n новых сообщений:</numerusform>
        </translation>
    </message>
    <message>
        <source>Send your text anyway?</source>
        <translation>Всё равно отправить ваш текст?</translation>
    </message>
    <message>
        <source>The reply was not sent</source>
        <translation>Ответ не отправлен</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Назначить на меня</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никому</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <source>Move to queue</source>
        <translation>Перенести в очередь</translation>
    </message>
    <message>
        <source>Merge the others into the current ticket…</source>
        <translation>Объединить остальные с текущей заявкой…</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) could not be changed:</source>
        <translation>
            <numerusform>Не удалось изменить %n заявку:</numerusform>
            <numerusform>Не удалось изменить %n заявки:</numerusform>
            <numerusform>Не удалось изменить %n заявок:</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge tickets</source>
        <translation>Объединение заявок</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n ticket(s) into the current one? Their messages move there and they are closed as duplicates.</source>
        <translation>
            <numerusform>Объединить %n заявку с текущей? Её сообщения перейдут в текущую, а она будет закрыта как дубликат.</numerusform>
            <numerusform>Объединить %n заявки с текущей? Их сообщения перейдут в текущую, а они будут закрыты как дубликаты.</numerusform>
            <numerusform>Объединить %n заявок с текущей? Их сообщения перейдут в текущую, а они будут закрыты как дубликаты.</numerusform>
        </translation>
    </message>
    <message>
        <source>New ticket from this message</source>
        <translation>Новая заявка из этого сообщения</translation>
    </message>
    <message>
        <source>Subject of the new ticket (it is linked to this one):</source>
        <translation>Тема новой заявки (она будет связана с этой):</translation>
    </message>
    <message>
        <source>&amp;Save current view…</source>
        <translation>&amp;Сохранить текущее представление…</translation>
    </message>
    <message numerus="yes">
        <source>Loading the ticket list… Until it is done, only the newest %n ticket(s) are shown and searched.</source>
        <translation>
            <numerusform>Загрузка списка обращений… Пока она идёт, показывается и ищется только %n самое новое обращение.</numerusform>
            <numerusform>Загрузка списка обращений… Пока она идёт, показываются и ищутся только %n самых новых обращения.</numerusform>
            <numerusform>Загрузка списка обращений… Пока она идёт, показываются и ищутся только %n самых новых обращений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket list loaded: the filter searches every ticket.</source>
        <translation>Список обращений загружен: фильтр ищет по всем обращениям.</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>SLA dashboard</source>
        <translation>Панель SLA</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>&amp;Обращения</translation>
    </message>
    <message>
        <source>SLA &amp;dashboard</source>
        <translation>&amp;Панель SLA</translation>
    </message>
    <message>
        <source>SLA dashboard (supervisors)</source>
        <translation>Панель SLA (для руководителей)</translation>
    </message>
    <message>
        <source>Back to the tickets</source>
        <translation>Вернуться к обращениям</translation>
    </message>
    <message>
        <source>SLA &amp;administration…</source>
        <translation>&amp;Администрирование SLA…</translation>
    </message>
</context>
<context>
    <name>sd::widgets::MyRequestsModel</name>
    <message>
        <source>not sent yet</source>
        <translation>ещё не отправлено</translation>
    </message>
    <message>
        <source>%1 · waiting to be sent</source>
        <translation>%1 · ожидает отправки</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Next answer expected</source>
        <translation>Ответ ожидается</translation>
    </message>
</context>
<context>
    <name>sd::widgets::MyRequestsPane</name>
    <message>
        <source>Your requests could not be read from this computer&apos;s copy: %1</source>
        <translation>Не удалось прочитать ваши обращения из копии на этом компьютере: %1</translation>
    </message>
    <message>
        <source>No requests yet. Requests you or your colleagues send appear here.</source>
        <translation>Обращений пока нет. Здесь появятся обращения, которые отправите вы или ваши коллеги.</translation>
    </message>
</context>
<context>
    <name>sd::widgets::RatingWidget</name>
    <message>
        <source>Send rating</source>
        <translation>Отправить оценку</translation>
    </message>
    <message>
        <source>How did we do? Rate the work on this request.</source>
        <translation>Как мы справились? Оцените работу по этому обращению.</translation>
    </message>
    <message numerus="yes">
        <source>%n of 5 stars</source>
        <translation>
            <numerusform>%n звезда из 5</numerusform>
            <numerusform>%n звезды из 5</numerusform>
            <numerusform>%n звёзд из 5</numerusform>
        </translation>
    </message>
    <message>
        <source>What went well, what could be better (optional)</source>
        <translation>Что было хорошо, что можно улучшить (необязательно)</translation>
    </message>
    <message>
        <source>Thank you for your rating: %1</source>
        <translation>Спасибо за оценку: %1</translation>
    </message>
    <message>
        <source>Your comment: %1</source>
        <translation>Ваш комментарий: %1</translation>
    </message>
    <message>
        <source>It could not be sent yet: %1</source>
        <translation>Пока не удалось отправить: %1</translation>
    </message>
    <message>
        <source>It will be sent as soon as the connection allows.</source>
        <translation>Она будет отправлена, как только появится связь.</translation>
    </message>
    <message>
        <source>Choose from 1 to 5 stars first</source>
        <translation>Сначала выберите от 1 до 5 звёзд</translation>
    </message>
</context>
<context>
    <name>sd::widgets::RegionSelector</name>
    <message>
        <source>Press Esc to cancel.</source>
        <translation>Нажмите Esc, чтобы отменить.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>sd::widgets::ReplyEditor</name>
    <message>
        <source>Public reply</source>
        <translation>Ответ клиенту</translation>
    </message>
    <message>
        <source>A reply the customer receives</source>
        <translation>Ответ, который получит клиент</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <source>A note for the team; the customer never sees it</source>
        <translation>Заметка для команды; клиент её не увидит</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>Find an article and link it in the reply</source>
        <translation>Найти статью и вставить ссылку на неё в ответ</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Приложить…</translation>
    </message>
    <message>
        <source>Attach files (you can also drop or paste them)</source>
        <translation>Приложить файлы (их можно также перетащить или вставить)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Internal note&lt;/b&gt; — the customer will not see this</source>
        <translation>&lt;b&gt;Внутренняя заметка&lt;/b&gt; — клиент её не увидит</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has blanks SupportDesk could not fill in for this ticket: %2. Replace them before sending.</source>
        <translation>В шаблоне «%1» есть поля, которые SupportDesk не смог заполнить для этой заявки: %2. Замените их перед отправкой.</translation>
    </message>
    <message>
        <source>On %1 %2 wrote:</source>
        <translation>%1 %2 пишет:</translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <translation>%1 пишет:</translation>
    </message>
    <message>
        <source>The article &quot;%1&quot; has no web address to link to.</source>
        <translation>У статьи «%1» нет веб-адреса для ссылки.</translation>
    </message>
    <message>
        <source>Write a note for the team…</source>
        <translation>Напишите заметку для команды…</translation>
    </message>
    <message>
        <source>Write your reply to the customer…</source>
        <translation>Напишите ответ клиенту…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <source>Add the note to the ticket (%1)</source>
        <translation>Добавить заметку в заявку (%1)</translation>
    </message>
    <message>
        <source>Send the reply to the customer (%1)</source>
        <translation>Отправить ответ клиенту (%1)</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Черновик сохранён в %1</translation>
    </message>
    <message>
        <source>The saved draft could not be read: %1</source>
        <translation>Не удалось прочитать сохранённый черновик: %1</translation>
    </message>
    <message>
        <source>These attachments of the draft are no longer on this computer: %1. Attach them again if they are still needed.</source>
        <translation>Этих вложений черновика больше нет на компьютере: %1. Приложите их снова, если они нужны.</translation>
    </message>
    <message>
        <source>Draft from %1</source>
        <translation>Черновик от %1</translation>
    </message>
    <message>
        <source>The sent draft could not be removed: %1</source>
        <translation>Не удалось удалить отправленный черновик: %1</translation>
    </message>
    <message>
        <source>Some attachments cannot be sent; each says why. Remove them (or shrink pictures that are too large), then send again.</source>
        <translation>Некоторые вложения нельзя отправить — у каждого указана причина. Уберите их (или уменьшите слишком большие изображения) и отправьте снова.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Приложить файлы</translation>
    </message>
    <message>
        <source>screenshot</source>
        <translation>снимок экрана</translation>
    </message>
    <message>
        <source>Write your message to the support team…</source>
        <translation>Напишите сообщение технической поддержке…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Send the message to the support team (%1)</source>
        <translation>Отправить сообщение в техническую поддержку (%1)</translation>
    </message>
</context>
<context>
    <name>sd::widgets::ReportPanel</name>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save this table as a CSV file</source>
        <translation>Сохранить эту таблицу в файл CSV</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Show the figures behind the chart</source>
        <translation>Показать цифры, по которым построен график</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Сохранить как CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>sd::widgets::ReportTableModel</name>
    <message>
        <source>%1 (min)</source>
        <translation>%1 (мин)</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
</context>
<context>
    <name>sd::widgets::RequestField</name>
    <message>
        <source>Required</source>
        <translation>Обязательное поле</translation>
    </message>
</context>
<context>
    <name>sd::widgets::RequestFields</name>
    <message>
        <source>Fields marked * are required for this kind of request.</source>
        <translation>Поля со звёздочкой * обязательны для обращения этого вида.</translation>
    </message>
    <message>
        <source>One problem per request: if you have several, send each on its own; each is then answered sooner.</source>
        <translation>Одно обращение — одна проблема: если их несколько, отправьте каждую отдельно, так на каждую ответят быстрее.</translation>
    </message>
    <message>
        <source>e.g. Price list import stops with error 0x80070005</source>
        <translation>например: Импорт прайс-листа прерывается с ошибкой 0x80070005</translation>
    </message>
    <message>
        <source>Subject: what fails and where</source>
        <translation>Тема: что и где не работает</translation>
    </message>
    <message>
        <source>Question about using the product</source>
        <translation>Вопрос о работе с программой</translation>
    </message>
    <message>
        <source>Incident: something does not work</source>
        <translation>Инцидент: что-то не работает</translation>
    </message>
    <message>
        <source>Feature suggestion</source>
        <translation>Предложение по развитию</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Вид обращения</translation>
    </message>
    <message>
        <source>e.g. 5.2.1</source>
        <translation>например 5.2.1</translation>
    </message>
    <message>
        <source>The number shown in the product&apos;s Help &gt; About window</source>
        <translation>Номер в окне программы «Справка &gt; О программе»</translation>
    </message>
    <message>
        <source>e.g. Windows 11 23H2</source>
        <translation>например Windows 11 23H2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
        <extra-The>number of affected employees has not been given yet.</extra-The>
    </message>
    <message>
        <source>From your contract or your personal account page</source>
        <translation>Из договора или личного кабинета</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Exact version</source>
        <translation>Точная версия</translation>
    </message>
    <message>
        <source>Operating system and version</source>
        <translation>Операционная система и версия</translation>
    </message>
    <message>
        <source>Employees affected</source>
        <translation>Затронуто сотрудников</translation>
    </message>
    <message>
        <source>Project code or account/contract number</source>
        <translation>Код проекта или номер счёта/договора</translation>
    </message>
    <message>
        <source>What you did, what you expected and what happened instead; the exact text of any error message</source>
        <translation>Что вы делали, что ожидали и что произошло на самом деле; точный текст сообщения об ошибке</translation>
    </message>
    <message>
        <source>1. Open …
2. Click …
3. The error appears</source>
        <translation>1. Открыть …
2. Нажать …
3. Появляется ошибка</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Steps to reproduce</source>
        <translation>Шаги для воспроизведения</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Attach a picture or files copied to the clipboard</source>
        <translation>Прикрепить картинку или файлы из буфера обмена</translation>
    </message>
    <message>
        <source>Screenshots, logs and files</source>
        <translation>Снимки экрана, журналы и файлы</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>screenshot</source>
        <translation>снимок</translation>
    </message>
    <message>
        <source>The clipboard holds no picture or file to attach. Copy a screenshot or files first, then press Paste.</source>
        <translation>В буфере обмена нет картинки или файла. Сначала скопируйте снимок экрана или файлы, затем нажмите «Вставить».</translation>
    </message>
</context>
<context>
    <name>sd::widgets::RequestForm</name>
    <message>
        <source>Send request</source>
        <translation>Отправить обращение</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be sent: %2</source>
        <translation>«%1» нельзя отправить: %2</translation>
    </message>
    <message>
        <source>Remove it with its × button (a picture that is only too large can be shrunk instead). Screenshots, logs, PDF and zipped folders up to %1 are accepted; programs and installers never are.</source>
        <translation>Удалите его кнопкой × (слишком большую картинку можно вместо этого уменьшить). Принимаются снимки экрана, журналы, PDF и архивы до %1; программы и дистрибутивы не принимаются никогда.</translation>
    </message>
    <message numerus="yes">
        <source>The request is not sent yet: please complete the %n marked field(s). Nothing you typed is lost.</source>
        <translation>
            <numerusform>Обращение ещё не отправлено: заполните %n отмеченное поле. Всё введённое сохранено.</numerusform>
            <numerusform>Обращение ещё не отправлено: заполните %n отмеченных поля. Всё введённое сохранено.</numerusform>
            <numerusform>Обращение ещё не отправлено: заполните %n отмеченных полей. Всё введённое сохранено.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request is not sent yet: some attachments cannot be sent (see below). Nothing you typed is lost.</source>
        <translation>Обращение ещё не отправлено: некоторые вложения отправить нельзя (см. ниже). Всё введённое сохранено.</translation>
    </message>
    <message>
        <source>Support could not accept the request: %1</source>
        <translation>Поддержка не смогла принять обращение: %1</translation>
    </message>
    <message>
        <source>Support could not accept the request yet: please correct the marked field and send it again. Nothing you typed is lost.</source>
        <translation>Поддержка пока не может принять обращение: исправьте отмеченное поле и отправьте снова. Всё введённое сохранено.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
</context>
<context>
    <name>sd::widgets::RequestKbHints</name>
    <message>
        <source>These articles may already answer your question (you can still send the request):</source>
        <translation>Возможно, ответ уже есть в этих статьях (обращение всё равно можно отправить):</translation>
    </message>
</context>
<context>
    <name>sd::widgets::RequestStatus</name>
    <message>
        <source>Copy number</source>
        <translation>Копировать номер</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>Обращение отправляется…</translation>
    </message>
    <message>
        <source>There is no connection to the support server right now. Your request is saved on this computer and will be sent by itself when the connection is back; there is no need to send it again.</source>
        <translation>Сейчас нет связи с сервером поддержки. Обращение сохранено на этом компьютере и будет отправлено само, когда связь появится; отправлять его повторно не нужно.</translation>
    </message>
    <message>
        <source>Your request has been received. Its number is %1: please give it whenever you contact support about this problem.</source>
        <translation>Обращение принято. Его номер %1: называйте его при каждом обращении в поддержку по этой проблеме.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>sd::widgets::RequestThread</name>
    <message>
        <source>Choose a request in the list</source>
        <translation>Выберите обращение в списке</translation>
    </message>
    <message>
        <source>This request is no longer available here.</source>
        <translation>Это обращение здесь больше недоступно.</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ещё не отправлено</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Состояние: %1</translation>
    </message>
    <message>
        <source>The support team is waiting for your reply.</source>
        <translation>Техническая поддержка ждёт вашего ответа.</translation>
    </message>
    <message>
        <source>Next answer expected: %1</source>
        <translation>Ответ ожидается: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent: it goes out as soon as the connection allows.</source>
        <translation>Ожидает отправки: уйдёт, как только появится связь.</translation>
    </message>
    <message>
        <source>This request is closed. A message written here starts a new request linked to it.</source>
        <translation>Это обращение закрыто. Сообщение, написанное здесь, откроет новое обращение, связанное с ним.</translation>
    </message>
    <message>
        <source>Is the problem back? Write here and the support team takes the request up again.</source>
        <translation>Проблема вернулась? Напишите здесь, и поддержка снова возьмёт обращение в работу.</translation>
    </message>
    <message>
        <source>Checking whether you have rated this request…</source>
        <translation>Проверяем, оценивали ли вы это обращение…</translation>
    </message>
    <message>
        <source>You can rate this request once the connection to the support server is back.</source>
        <translation>Оценить обращение можно будет, когда восстановится связь с сервером поддержки.</translation>
    </message>
    <message>
        <source>Your message was not sent: %1</source>
        <translation>Ваше сообщение не отправлено: %1</translation>
    </message>
    <message>
        <source>Your rating was not sent: %1</source>
        <translation>Ваша оценка не отправлена: %1</translation>
    </message>
    <message>
        <source>The file was downloaded but no program opened it: %1</source>
        <translation>Файл загружен, но ни одна программа его не открыла: %1</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>Не удалось загрузить %1: %2</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Написать сообщение…</translation>
    </message>
</context>
<context>
    <name>sd::widgets::SavedViewController</name>
    <message>
        <source>Saved views: %1 The change is kept here and sent when the connection is back.</source>
        <translation>Сохранённые представления: %1 Изменение сохранено здесь и будет отправлено, когда появится связь.</translation>
    </message>
    <message>
        <source>Saved views: %1</source>
        <translation>Сохранённые представления: %1</translation>
    </message>
    <message>
        <source>Save current view</source>
        <translation>Сохранить текущее представление</translation>
    </message>
    <message>
        <source>Name of the view (filter, sort and columns are saved):</source>
        <translation>Название представления (сохраняются фильтр, сортировка и столбцы):</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Переименовать представление</translation>
    </message>
    <message>
        <source>New name of the view:</source>
        <translation>Новое название представления:</translation>
    </message>
</context>
<context>
    <name>sd::widgets::ScreenCapture</name>
    <message>
        <source>The screen could not be captured: this desktop does not let programs take screenshots. Take one with your system&apos;s screenshot tool, then paste it here with %1.</source>
        <translation>Не удалось снять экран: этот рабочий стол не разрешает программам делать снимки экрана. Сделайте снимок системным средством и вставьте его сюда сочетанием %1.</translation>
    </message>
    <message>
        <source>Drag a rectangle around the window you want to capture.</source>
        <translation>Обведите прямоугольником окно, которое нужно снять.</translation>
    </message>
    <message>
        <source>Drag a rectangle around the part you want to capture.</source>
        <translation>Обведите прямоугольником часть экрана, которую нужно снять.</translation>
    </message>
</context>
<context>
    <name>sd::widgets::ScreenshotButton</name>
    <message>
        <source>Screenshot</source>
        <translation>Снимок экрана</translation>
    </message>
    <message>
        <source>Take a screenshot, mark it up and attach it</source>
        <translation>Сделать снимок экрана, отметить на нём важное и приложить</translation>
    </message>
    <message>
        <source>Whole screen</source>
        <translation>Весь экран</translation>
    </message>
    <message>
        <source>A window…</source>
        <translation>Окно…</translation>
    </message>
    <message>
        <source>An area…</source>
        <translation>Область…</translation>
    </message>
</context>
<context>
    <name>sd::widgets::ServerSetupDialog</name>
    <message>
        <source>Connect to technical support</source>
        <translation>Подключение к технической поддержке</translation>
    </message>
    <message>
        <source>Enter the address of your technical support&apos;s SupportDesk server. You find it in the support team&apos;s letters or get it from your administrator, for example https://support.example.com.</source>
        <translation>Введите адрес сервера SupportDesk вашей технической поддержки. Он есть в письмах поддержки, или его сообщит ваш администратор, например https://support.example.com.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. An address looks like https://support.example.com.</source>
        <translation>«%1» — не адрес сервера. Адрес выглядит так: https://support.example.com.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Проверяем %1…</translation>
    </message>
    <message>
        <source>Something answers at %1, but it is not a SupportDesk server. Check the address with your technical support.</source>
        <translation>По адресу %1 что-то отвечает, но это не сервер SupportDesk. Уточните адрес у технической поддержки.</translation>
    </message>
    <message>
        <source>The SupportDesk server at %1 is running but cannot work right now (%2). Try again later or tell your technical support.</source>
        <translation>Сервер SupportDesk по адресу %1 запущен, но сейчас не может работать (%2). Попробуйте позже или сообщите в техническую поддержку.</translation>
    </message>
    <message>
        <source>No SupportDesk server answers at %1. Check that the address is spelled right and that this computer is connected to the network; if it is, the server may be down, so try again later.
Details: %2</source>
        <translation>По адресу %1 сервер SupportDesk не отвечает. Проверьте, правильно ли написан адрес и подключён ли компьютер к сети; если всё так, возможно, сервер недоступен — попробуйте позже.
Подробности: %2</translation>
    </message>
</context>
<context>
    <name>sd::widgets::SlaAdminDialog</name>
    <message>
        <source>SLA administration</source>
        <translation>Администрирование SLA</translation>
    </message>
    <message>
        <source>Only administrators can change calendars, SLA policies and escalation rules. You are seeing them read-only.</source>
        <translation>Менять календари, политики SLA и правила эскалации могут только администраторы. Вы видите их только для чтения.</translation>
    </message>
    <message>
        <source>&amp;Calendars</source>
        <translation>&amp;Календари</translation>
    </message>
    <message>
        <source>&amp;Policies</source>
        <translation>&amp;Политики</translation>
    </message>
    <message>
        <source>&amp;Escalation rules</source>
        <translation>&amp;Правила эскалации</translation>
    </message>
</context>
<context>
    <name>sd::widgets::SlaCalendarTab</name>
    <message>
        <source>Calendar name</source>
        <translation>Имя календаря</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>П&amp;роверить</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Import production calendar…</source>
        <translation>&amp;Импорт производственного календаря…</translation>
    </message>
    <message>
        <source>Calendar saved.</source>
        <translation>Календарь сохранён.</translation>
    </message>
    <message>
        <source>Calendar removed.</source>
        <translation>Календарь удалён.</translation>
    </message>
    <message>
        <source>The calendar is not valid: %1</source>
        <translation>Календарь содержит ошибку: %1</translation>
    </message>
    <message>
        <source>The calendar is valid.</source>
        <translation>Календарь корректен.</translation>
    </message>
    <message>
        <source>New calendar</source>
        <translation>Новый календарь</translation>
    </message>
    <message>
        <source>Import production calendar</source>
        <translation>Импорт производственного календаря</translation>
    </message>
    <message>
        <source>Production calendars (*.csv *.json);;All files (*)</source>
        <translation>Производственные календари (*.csv *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Fix the calendar before importing: %1</source>
        <translation>Исправьте календарь перед импортом: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>Не удаётся импортировать %1: %2</translation>
    </message>
    <message>
        <source>Production calendar %1 merged; save to store it.</source>
        <translation>Производственный календарь %1 объединён; сохраните, чтобы записать его.</translation>
    </message>
</context>
<context>
    <name>sd::widgets::SlaEscalationTab</name>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Notify supervisors</source>
        <translation>Уведомлять руководителей</translation>
    </message>
    <message>
        <source>Raise priority</source>
        <translation>Повышать приоритет</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Включено</translation>
    </message>
    <message>
        <source>Escalation rules saved.</source>
        <translation>Правила эскалации сохранены.</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(любой)</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>breach</source>
        <translation>нарушение</translation>
    </message>
    <message>
        <source>Escalation rule removed.</source>
        <translation>Правило эскалации удалено.</translation>
    </message>
</context>
<context>
    <name>sd::widgets::SlaPolicyTab</name>
    <message>
        <source>Support level</source>
        <translation>Уровень поддержки</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>First response, min</source>
        <translation>Первый ответ, мин</translation>
    </message>
    <message>
        <source>Next response, min</source>
        <translation>Следующий ответ, мин</translation>
    </message>
    <message>
        <source>Resolution, min</source>
        <translation>Решение, мин</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Policy saved.</source>
        <translation>Политика сохранена.</translation>
    </message>
    <message>
        <source>Policy removed.</source>
        <translation>Политика удалена.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>sd::widgets::SlaRowsTab</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Save row</source>
        <translation>&amp;Сохранить строку</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>sd::widgets::StartupWindow</name>
    <message>
        <source>SupportDesk</source>
        <translation>SupportDesk</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Connected to SupportDesk</source>
        <translation>Подключено к SupportDesk</translation>
    </message>
    <message>
        <source>The server cannot reach its database</source>
        <translation>Сервер не может подключиться к своей базе данных</translation>
    </message>
    <message>
        <source>Server: %1
Server version: %2
Database: %3, schema version %4</source>
        <translation>Сервер: %1
Версия сервера: %2
База данных: %3, версия схемы %4</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Нет базы данных</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
</context>
<context>
    <name>sd::widgets::SubmitLauncher</name>
    <message>
        <source>SupportDesk: technical support</source>
        <translation>SupportDesk: техническая поддержка</translation>
    </message>
    <message>
        <source>Contacting %1</source>
        <translation>Связываемся с %1</translation>
    </message>
    <message>
        <source>Technical support cannot be reached right now, and this computer has not signed in to it before, so nothing can be sent yet. Check the network connection and try again later.
%1</source>
        <translation>Техническая поддержка сейчас недоступна, а с этого компьютера вход ещё не выполнялся, поэтому отправить пока ничего нельзя. Проверьте подключение к сети и попробуйте позже.
%1</translation>
    </message>
    <message>
        <source>This is an account of the support team. Please sign in with your customer account; the support team works in the SupportDesk workstation.</source>
        <translation>Это учётная запись сотрудника поддержки. Войдите под учётной записью клиента; сотрудники поддержки работают в рабочем месте SupportDesk.</translation>
    </message>
    <message>
        <source>This computer has no password store, so you stay signed in only until the window closes.</source>
        <translation>На этом компьютере нет хранилища паролей, поэтому вход сохранится только до закрытия окна.</translation>
    </message>
    <message>
        <source>Technical support cannot be reached right now and your sign-in is not saved on this computer. Try again when the connection is back.</source>
        <translation>Техническая поддержка сейчас недоступна, а ваш вход на этом компьютере не сохранён. Попробуйте снова, когда восстановится связь.</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Вход как %1…</translation>
    </message>
    <message>
        <source>Sign in with the customer account your technical support gave you.</source>
        <translation>Войдите под учётной записью клиента, которую выдала вам техническая поддержка.</translation>
    </message>
    <message>
        <source>Technical support cannot be reached right now. Opening your requests as this computer last saw them…</source>
        <translation>Техническая поддержка сейчас недоступна. Открываем ваши обращения в том виде, в каком этот компьютер видел их в последний раз…</translation>
    </message>
    <message>
        <source>Please sign in again. Nothing you wrote is lost: it waits on this computer and is sent once you are signed in.</source>
        <translation>Войдите снова. Всё, что вы написали, сохранено: оно ждёт на этом компьютере и будет отправлено после входа.</translation>
    </message>
</context>
<context>
    <name>sd::widgets::SubmitWindow</name>
    <message>
        <source>SupportDesk: technical support</source>
        <translation>SupportDesk: техническая поддержка</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Мои обращения</translation>
    </message>
    <message>
        <source>A request you sent earlier has not reached support yet. It is kept on this computer and will be sent when the connection is back.</source>
        <translation>Обращение, отправленное раньше, ещё не дошло до поддержки. Оно хранится на этом компьютере и будет отправлено, когда восстановится связь.</translation>
    </message>
    <message>
        <source>Your request sent earlier has reached support. Its number is %1.</source>
        <translation>Ваше обращение, отправленное раньше, дошло до поддержки. Его номер — %1.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Подключено к %1.</translation>
    </message>
    <message>
        <source>Offline: what you send is kept on this computer until the connection is back.</source>
        <translation>Нет связи: всё, что вы отправите, хранится на этом компьютере до восстановления связи.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n обращение ждёт отправки.</numerusform>
            <numerusform>%n обращения ждут отправки.</numerusform>
            <numerusform>%n обращений ждут отправки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Support could not accept a request you sent earlier: %1 It comes back to the form to be corrected as soon as you start a new request.</source>
        <translation>Поддержка не смогла принять обращение, отправленное раньше: %1 Оно вернётся в форму для исправления, как только вы начнёте новое обращение.</translation>
    </message>
    <message>
        <source>Support could not accept a request you sent earlier: %1 It is back on the form: please correct it and send it again.</source>
        <translation>Поддержка не смогла принять обращение, отправленное раньше: %1 Оно снова в форме: исправьте его и отправьте ещё раз.</translation>
    </message>
</context>
<context>
    <name>sd::widgets::SyncStatus</name>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>Offline — changes are kept and sent later</source>
        <translation>Не в сети — изменения сохранены и будут отправлены позже</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>Не в сети — %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>First sync: %1 of %2 tickets</source>
        <translation>Первая синхронизация: %1 из %2 заявок</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Все изменения отправлены</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n изменение ожидает отправки</numerusform>
            <numerusform>%n изменения ожидают отправки</numerusform>
            <numerusform>%n изменений ожидают отправки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) your attention</source>
        <translation>
            <numerusform>%n требует вашего внимания</numerusform>
            <numerusform>%n требуют вашего внимания</numerusform>
            <numerusform>%n требуют вашего внимания</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::widgets::TicketProperties</name>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Назначить на меня</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Через запятую</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Очередь:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Продукт:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>OS:</source>
        <translation>ОС:</translation>
    </message>
    <message>
        <source>Affected users:</source>
        <translation>Затронуто сотрудников:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <source>No queue</source>
        <translation>Без очереди</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Без исполнителя</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Я</translation>
    </message>
</context>
<context>
    <name>sd::widgets::TicketTableModel</name>
    <message>
        <source>(not sent yet)</source>
        <translation>(ещё не отправлена)</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, срок %3</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Waiting to be sent to the server</source>
        <translation>Ожидает отправки на сервер</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлена</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
</context>
<context>
    <name>sd::widgets::TicketTablePane</name>
    <message>
        <source>Filter by number, subject, requester or organisation (Ctrl+F)</source>
        <translation>Фильтр по номеру, теме, заявителю или организации (Ctrl+F)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Column filters on — clear</source>
        <translation>Включены фильтры столбцов — сбросить</translation>
    </message>
    <message>
        <source>Some columns show only chosen values (right-click a column header to change them)</source>
        <translation>Некоторые столбцы показывают только выбранные значения (щёлкните правой кнопкой по заголовку столбца, чтобы изменить)</translation>
    </message>
    <message>
        <source>Clear column filters</source>
        <translation>Сбросить фильтры столбцов</translation>
    </message>
    <message>
        <source>Show only</source>
        <translation>Показывать только</translation>
    </message>
    <message>
        <source>Contains…</source>
        <translation>Содержит…</translation>
    </message>
    <message>
        <source>Show rows whose %1 contains:</source>
        <translation>Показать строки, где %1 содержит:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Без исполнителя</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
</context>
<context>
    <name>sd::widgets::TicketView</name>
    <message>
        <source>waiting to be sent</source>
        <translation>ожидает отправки</translation>
    </message>
    <message>
        <source>Select a ticket</source>
        <translation>Выберите заявку</translation>
    </message>
    <message>
        <source>%1: %2 (due %3)</source>
        <translation>%1: %2 (срок %3)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>The SLA clock is paused while the ticket waits for the customer.</source>
        <translation>Отсчёт SLA приостановлен, пока заявка ждёт ответа клиента.</translation>
    </message>
    <message>
        <source>This ticket is no longer in your replica.</source>
        <translation>Этой заявки больше нет в вашей локальной копии.</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(ещё не отправлена)</translation>
    </message>
    <message>
        <source>Requester: %1</source>
        <translation>Заявитель: %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Организация: %1</translation>
    </message>
    <message>
        <source>Contract #%1</source>
        <translation>Договор № %1</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Есть изменения, ожидающие отправки</translation>
    </message>
    <message>
        <source>New ticket from this message</source>
        <translation>Новая заявка из этого сообщения</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Свойства</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %1 is writing a reply to this ticket right now.</source>
        <translation>
            <numerusform>⚠ %1 сейчас пишет ответ по этой заявке.</numerusform>
            <numerusform>⚠ %1 сейчас пишут ответ по этой заявке.</numerusform>
            <numerusform>⚠ %1 сейчас пишут ответ по этой заявке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is looking at this ticket too.</source>
        <translation>
            <numerusform>%1 тоже смотрит эту заявку.</numerusform>
            <numerusform>%1 тоже смотрят эту заявку.</numerusform>
            <numerusform>%1 тоже смотрят эту заявку.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитировать</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>заявка %1</translation>
    </message>
    <message>
        <source>related</source>
        <translation>связана с</translation>
    </message>
    <message>
        <source>duplicate of</source>
        <translation>дубликат заявки</translation>
    </message>
    <message>
        <source>has a duplicate</source>
        <translation>имеет дубликат</translation>
    </message>
    <message>
        <source>parent of</source>
        <translation>родительская для</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>часть заявки</translation>
    </message>
    <message>
        <source>Linked:</source>
        <translation>Связи:</translation>
    </message>
</context>
<context>
    <name>sd::widgets::ViewList</name>
    <message>
        <source>My open</source>
        <translation>Мои открытые</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Без исполнителя</translation>
    </message>
    <message>
        <source>Breaching soon</source>
        <translation>Скоро нарушение SLA</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>Ожидают клиента</translation>
    </message>
    <message>
        <source>In development</source>
        <translation>В разработке</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Все открытые</translation>
    </message>
    <message>
        <source>Recently resolved</source>
        <translation>Недавно решённые</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Все заявки</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Сохранённые представления</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>не сохранено</translation>
    </message>
    <message>
        <source>Not on the server yet: it is sent when the connection is back.</source>
        <translation>Ещё не на сервере: будет отправлено, когда появится связь.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>sd::widgets::WorkstationLauncher</name>
    <message>
        <source>Workstation connected to %1</source>
        <translation>Рабочее место подключено к %1</translation>
    </message>
    <message>
        <source>Starting the local server with its database in %1</source>
        <translation>Запуск локального сервера с базой данных в папке %1</translation>
    </message>
    <message>
        <source>Contacting %1</source>
        <translation>Подключение к %1</translation>
    </message>
    <message>
        <source>No keychain is available: you stay signed in until the workstation closes, and will be asked again next time.</source>
        <translation>Связка ключей недоступна: вход сохранится до закрытия программы, в следующий раз потребуется войти снова.</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Вход как %1…</translation>
    </message>
    <message>
        <source>This is the private local server with demo data. Demo accounts: agent.ivanov (password demo-agent.ivanov), supervisor (demo-supervisor), admin (demo-admin).</source>
        <translation>Это личный локальный сервер с демо-данными. Демо-учётные записи: agent.ivanov (пароль demo-agent.ivanov), supervisor (demo-supervisor), admin (demo-admin).</translation>
    </message>
    <message>
        <source>The server no longer accepts your session. Sign in again; nothing you wrote is lost, it waits in the outbox.</source>
        <translation>Сервер больше не принимает ваш сеанс. Войдите снова: ничего из написанного не потеряно, всё ждёт отправки.</translation>
    </message>
</context>
</TS>
