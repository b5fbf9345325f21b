<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <source>The file is %1; attachments may be at most %2</source>
        <translation>Размер файла — %1, а размер вложения не может превышать %2</translation>
    </message>
    <message>
        <source>A file named &quot;%1&quot; would be opened as a program; programs and scripts cannot be attached</source>
        <translation>Файл с именем «%1» будет открыт как программа; программы и скрипты прикреплять нельзя</translation>
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
    <name>IdempotencyRepository</name>
    <message>
        <source>The idempotency key %1 was already used.</source>
        <translation>Ключ идемпотентности %1 уже использован.</translation>
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
    <name>KbArticleRepository</name>
    <message>
        <source>Knowledge-base article %1 does not exist.</source>
        <translation>Статья базы знаний %1 не найдена.</translation>
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
    <name>SessionRepository</name>
    <message>
        <source>The session does not exist.</source>
        <translation>Сеанс не найден.</translation>
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
  sla due --calendar FILE --from TIME --minutes N [--critical]
                                      when N business minutes from TIME end
  sla elapsed --calendar FILE --from TIME --to TIME [--critical]
                                      business minutes between two instants

URL: sqlite:/path/file.db or postgresql://user@host:port/dbname; --db falls back to
the SUPPORTDESK_DB environment variable. Run a command with --help for its options.
</source>
        <translation>Использование: supportdesk-server &lt;команда&gt; [параметры]

Команды:
  serve --db URL --listen HOST:PORT   запустить HTTP/JSON API (порт 0 выбирает свободный)
  migrate --db URL                    создать или обновить схему базы данных
  demo --db URL --tickets N           заполнить базу демонстрационными данными
  sla due --calendar FILE --from TIME --minutes N [--critical]
                                      когда истекут N рабочих минут от TIME
  sla elapsed --calendar FILE --from TIME --to TIME [--critical]
                                      рабочие минуты между двумя моментами

URL: sqlite:/path/file.db или postgresql://user@host:port/dbname; без --db берётся
переменная окружения SUPPORTDESK_DB. Параметры команды: запустите её с --help.
</translation>
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
    <name>sd::server::HttpApi</name>
    <message>
        <source>Not found: %1</source>
        <translation>Не найдено: %1</translation>
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
</context>
<context>
    <name>sd::server::ServeCommand</name>
    <message>
        <source>Address and port to listen on, e.g. 127.0.0.1:8080 (port 0 picks a free one). Default: 127.0.0.1:8080.</source>
        <translation>Адрес и порт для входящих подключений, например 127.0.0.1:8080 (при порте 0 выбирается свободный). По умолчанию: 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>serve: --listen &quot;%1&quot; is not an address and port such as 127.0.0.1:8080</source>
        <translation>serve: значение --listen «%1» не является адресом и портом вида 127.0.0.1:8080</translation>
    </message>
    <message>
        <source>serve: cannot listen on %1</source>
        <translation>serve: не удаётся принимать подключения на %1</translation>
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
    <name>sd::widgets::MainWindow</name>
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
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Нет базы данных</translation>
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
</context>
</TS>
