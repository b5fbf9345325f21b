<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminRoutes</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>A password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>This user</translation>
    </message>
    <message>
        <source>You cannot take away your own administrator rights; ask another administrator.</source>
        <translation>You cannot take away your own administrator rights; ask another administrator.</translation>
    </message>
</context>
<context>
    <name>ApiResponse</name>
    <message>
        <source>The database is not available right now; nothing was saved. Try again in a moment.</source>
        <translation>The database is not available right now; nothing was saved. Try again in a moment.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <source>The server failed to handle the request; nothing was saved. The error is in the server log.</source>
        <translation>The server failed to handle the request; nothing was saved. The error is in the server log.</translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <source>The request was canceled.</source>
        <translation>The request was canceled.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1), so nothing was sent. Compare its SHA-256 fingerprint with the one your administrator gives you before you accept it.</source>
        <translation>The server&apos;s certificate is not trusted (%1), so nothing was sent. Compare its SHA-256 fingerprint with the one your administrator gives you before you accept it.</translation>
    </message>
    <message>
        <source>Cannot use the file %1: %2</source>
        <translation>Cannot use the file %1: %2</translation>
    </message>
    <message>
        <source>The SupportDesk server behind the gateway does not answer (HTTP %1). Try again in a moment.</source>
        <translation>The SupportDesk server behind the gateway does not answer (HTTP %1). Try again in a moment.</translation>
    </message>
    <message>
        <source>The server is busy (HTTP %1). Try again in a moment.</source>
        <translation>The server is busy (HTTP %1). Try again in a moment.</translation>
    </message>
    <message>
        <source>The server refused the request with HTTP status %1.</source>
        <translation>The server refused the request with HTTP status %1.</translation>
    </message>
    <message numerus="yes">
        <source>The server at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server at %1 did not answer within %n second.</numerusform>
            <numerusform>The server at %1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server at %1 refuses connections. Is it running?</source>
        <translation>The server at %1 refuses connections. Is it running?</translation>
    </message>
    <message>
        <source>The server name %1 cannot be found. Check the address and the network connection.</source>
        <translation>The server name %1 cannot be found. Check the address and the network connection.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before answering.</source>
        <translation>The server at %1 closed the connection before answering.</translation>
    </message>
    <message>
        <source>The connection to %1 broke before the server answered. The request was not sent again because it may already have been carried out; check before you repeat it.</source>
        <translation>The connection to %1 broke before the server answered. The request was not sent again because it may already have been carried out; check before you repeat it.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be made: %2</source>
        <translation>A secure connection to %1 could not be made: %2</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Cannot reach the server at %1: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentCache</name>
    <message>
        <source>The attachment has no valid id and SHA-256.</source>
        <translation>The attachment has no valid id and SHA-256.</translation>
    </message>
    <message>
        <source>Cannot move the download into the cache folder %1: %2</source>
        <translation>Cannot move the download into the cache folder %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the attachment cache folder %1.</source>
        <translation>Cannot create the attachment cache folder %1.</translation>
    </message>
</context>
<context>
    <name>AttachmentPolicy</name>
    <message>
        <source>The file is empty</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <source>Programs and installers cannot be attached; attach screenshots, logs or the data file instead</source>
        <translation>Programs and installers cannot be attached; attach screenshots, logs or the data file instead</translation>
    </message>
    <message>
        <source>Scripts cannot be attached; paste the script into the message text instead</source>
        <translation>Scripts cannot be attached; paste the script into the message text instead</translation>
    </message>
    <message>
        <source>Old Office files (.doc, .xls, .ppt) share their format with Windows Installer packages and cannot be told apart safely; save the document as PDF, DOCX or XLSX</source>
        <translation>Old Office files (.doc, .xls, .ppt) share their format with Windows Installer packages and cannot be told apart safely; save the document as PDF, DOCX or XLSX</translation>
    </message>
    <message>
        <source>The archive contains a program (%1); programs and installers cannot be attached</source>
        <translation>The archive contains a program (%1); programs and installers cannot be attached</translation>
    </message>
    <message>
        <source>This type of file is not accepted; attach screenshots (PNG, JPEG, GIF), logs or other text, PDF documents, ZIP, 7z or gzip archives, or database files</source>
        <translation>This type of file is not accepted; attach screenshots (PNG, JPEG, GIF), logs or other text, PDF documents, ZIP, 7z or gzip archives, or database files</translation>
    </message>
    <message>
        <source>A file named &quot;%1&quot; would be opened as a program; programs and scripts cannot be attached</source>
        <translation>A file named &quot;%1&quot; would be opened as a program; programs and scripts cannot be attached</translation>
    </message>
    <message>
        <source>The file is %1; attachments may be at most %2.</source>
        <translation>The file is %1; attachments may be at most %2.</translation>
    </message>
</context>
<context>
    <name>AttachmentRepository</name>
    <message>
        <source>Attachment %1 does not exist.</source>
        <translation>Attachment %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>AttachmentRoutes</name>
    <message>
        <source>Give the file name in ?name= (at most 255 characters).</source>
        <translation>Give the file name in ?name= (at most 255 characters).</translation>
    </message>
    <message>
        <source>This attachment</source>
        <translation>This attachment</translation>
    </message>
    <message>
        <source>Attachment %1 does not exist; upload it first with POST /api/v1/attachments.</source>
        <translation>Attachment %1 does not exist; upload it first with POST /api/v1/attachments.</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>Sign in first: this request needs an &quot;Authorization: Bearer &lt;token&gt;&quot; header from POST /api/v1/session.</source>
        <translation>Sign in first: this request needs an &quot;Authorization: Bearer &lt;token&gt;&quot; header from POST /api/v1/session.</translation>
    </message>
    <message>
        <source>Your session has expired or was signed out, or the account was disabled; sign in again.</source>
        <translation>Your session has expired or was signed out, or the account was disabled; sign in again.</translation>
    </message>
</context>
<context>
    <name>CalendarJsonReader</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>not valid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>the calendar must be a JSON object</source>
        <translation>the calendar must be a JSON object</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation>missing &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: must be an object</translation>
    </message>
    <message>
        <source>%1: must be a text string</source>
        <translation>%1: must be a text string</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: must not be empty</translation>
    </message>
    <message>
        <source>time_zone: unknown time zone &quot;%1&quot;</source>
        <translation>time_zone: unknown time zone &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: unknown weekday &quot;%2&quot;, expected mon, tue, wed, thu, fri, sat or sun</source>
        <translation>%1: unknown weekday &quot;%2&quot;, expected mon, tue, wed, thu, fri, sat or sun</translation>
    </message>
    <message>
        <source>%1: bad date &quot;%2&quot;, expected an existing date as YYYY-MM-DD</source>
        <translation>%1: bad date &quot;%2&quot;, expected an existing date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1: must be a list of [&quot;HH:MM&quot;, &quot;HH:MM&quot;] intervals</source>
        <translation>%1: must be a list of [&quot;HH:MM&quot;, &quot;HH:MM&quot;] intervals</translation>
    </message>
    <message>
        <source>%1: intervals %2-%3 and %4-%5 overlap</source>
        <translation>%1: intervals %2-%3 and %4-%5 overlap</translation>
    </message>
    <message>
        <source>%1: must be a pair [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</source>
        <translation>%1: must be a pair [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</translation>
    </message>
    <message>
        <source>%1: an interval cannot start at 24:00</source>
        <translation>%1: an interval cannot start at 24:00</translation>
    </message>
    <message>
        <source>%1: interval %2-%3 ends before it starts</source>
        <translation>%1: interval %2-%3 ends before it starts</translation>
    </message>
    <message>
        <source>%1: interval %2-%3 is empty</source>
        <translation>%1: interval %2-%3 is empty</translation>
    </message>
    <message>
        <source>%1: times must be text such as &quot;08:00&quot;</source>
        <translation>%1: times must be text such as &quot;08:00&quot;</translation>
    </message>
    <message>
        <source>%1: bad time &quot;%2&quot;, expected HH:MM from 00:00 to 24:00</source>
        <translation>%1: bad time &quot;%2&quot;, expected HH:MM from 00:00 to 24:00</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unknown key &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>A calendar named %1 already exists.</source>
        <translation>A calendar named %1 already exists.</translation>
    </message>
    <message>
        <source>Calendar %1 does not exist.</source>
        <translation>Calendar %1 does not exist.</translation>
    </message>
    <message>
        <source>A calendar needs a name.</source>
        <translation>A calendar needs a name.</translation>
    </message>
    <message numerus="yes">
        <source>Calendar %1 is used by %n SLA policies; give them another calendar first.</source>
        <translation>
            <numerusform>Calendar %1 is used by %n SLA policy; give it another calendar first.</numerusform>
            <numerusform>Calendar %1 is used by %n SLA policies; give them another calendar first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored definition of calendar %1 cannot be read: %2</source>
        <translation>The stored definition of calendar %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>There is no calendar named &quot;%1&quot;.</source>
        <translation>There is no calendar named &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ChangeFeedRepository</name>
    <message>
        <source>A change to %1 was recorded outside a transaction.</source>
        <translation>A change to %1 was recorded outside a transaction.</translation>
    </message>
    <message>
        <source>The database %1 has no change feed counter.</source>
        <translation>The database %1 has no change feed counter.</translation>
    </message>
</context>
<context>
    <name>ChangeRoutes</name>
    <message>
        <source>since must be the last_seq of the previous answer, or 0.</source>
        <translation>since must be the last_seq of the previous answer, or 0.</translation>
    </message>
    <message>
        <source>limit must be a whole number from 1 to 1000.</source>
        <translation>limit must be a whole number from 1 to 1000.</translation>
    </message>
    <message>
        <source>include can only be &quot;data&quot;.</source>
        <translation>include can only be &quot;data&quot;.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>DashboardFormat</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
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
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
</context>
<context>
    <name>DashboardTables</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Open at day&apos;s end</source>
        <translation>Open at day&apos;s end</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Breaches</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Median, business</source>
        <translation>Median, business</translation>
    </message>
    <message>
        <source>90th percentile, business</source>
        <translation>90th percentile, business</translation>
    </message>
    <message>
        <source>Median, calendar</source>
        <translation>Median, calendar</translation>
    </message>
    <message>
        <source>90th percentile, calendar</source>
        <translation>90th percentile, calendar</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Open, assigned now</source>
        <translation>Open, assigned now</translation>
    </message>
    <message>
        <source>Resolved in the period</source>
        <translation>Resolved in the period</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>First response, business time</source>
        <translation>First response, business time</translation>
    </message>
    <message>
        <source>Answered by the band&apos;s end</source>
        <translation>Answered by the band&apos;s end</translation>
    </message>
    <message>
        <source>≥ %1 days</source>
        <extracomment>Band of business time: this many working days or more.</extracomment>
        <translation>≥ %1 days</translation>
    </message>
    <message>
        <source>≥ %1 min</source>
        <translation>≥ %1 min</translation>
    </message>
    <message>
        <source>≥ %1 h</source>
        <translation>≥ %1 h</translation>
    </message>
    <message>
        <source>&lt; %1 min</source>
        <translation>&lt; %1 min</translation>
    </message>
    <message>
        <source>&lt; %1 h</source>
        <translation>&lt; %1 h</translation>
    </message>
    <message>
        <source>%1-%2 days</source>
        <extracomment>Band of business time in working days, e.g. 1-2.</extracomment>
        <translation>%1-%2 days</translation>
    </message>
    <message>
        <source>%1-%2 min</source>
        <translation>%1-%2 min</translation>
    </message>
    <message>
        <source>%1-%2 h</source>
        <translation>%1-%2 h</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: the Qt SQL driver %2 is not installed.</source>
        <translation>Cannot open the database %1: the Qt SQL driver %2 is not installed.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the folder %2 does not exist.</source>
        <translation>Cannot open the database %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: it is a folder, not a file.</source>
        <translation>Cannot open the database %1: it is a folder, not a file.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the file is not readable.</source>
        <translation>Cannot open the database %1: the file is not readable.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1: %2</source>
        <translation>Cannot connect to the database %1: %2</translation>
    </message>
    <message>
        <source>Lost the connection to the database %1; nothing was saved.</source>
        <translation>Lost the connection to the database %1; nothing was saved.</translation>
    </message>
    <message>
        <source>Nothing was saved to the database %1: part of the transaction failed and was rolled back.</source>
        <translation>Nothing was saved to the database %1: part of the transaction failed and was rolled back.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>Unsupported database URL &quot;%1&quot;: use sqlite:/path/file.db or postgresql://user@host:port/dbname.</source>
        <translation>Unsupported database URL &quot;%1&quot;: use sqlite:/path/file.db or postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; names no file.</source>
        <translation>The database URL &quot;%1&quot; names no file.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is malformed.</source>
        <translation>The database URL &quot;%1&quot; is malformed.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; names no database.</source>
        <translation>The database URL &quot;%1&quot; names no database.</translation>
    </message>
    <message>
        <source>The database URL option &quot;%1&quot; is not valid.</source>
        <translation>The database URL option &quot;%1&quot; is not valid.</translation>
    </message>
</context>
<context>
    <name>EscalationRuleRepository</name>
    <message>
        <source>Escalation rule %1 does not exist.</source>
        <translation>Escalation rule %1 does not exist.</translation>
    </message>
    <message>
        <source>Queue %1 does not exist.</source>
        <translation>Queue %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>Idempotency</name>
    <message>
        <source>The Idempotency-Key header must be 1 to 200 visible ASCII characters, such as a UUID.</source>
        <translation>The Idempotency-Key header must be 1 to 200 visible ASCII characters, such as a UUID.</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for a different request; make a new key for every new change.</source>
        <translation>This Idempotency-Key was already used for a different request; make a new key for every new change.</translation>
    </message>
</context>
<context>
    <name>IdempotencyRepository</name>
    <message>
        <source>The idempotency key %1 was already used.</source>
        <translation>The idempotency key %1 was already used.</translation>
    </message>
</context>
<context>
    <name>ImageFitter</name>
    <message>
        <source>re-encoded as %1, %2×%3, %4</source>
        <translation>re-encoded as %1, %2×%3, %4</translation>
    </message>
    <message>
        <source>%1, %2×%3, %4</source>
        <translation>%1, %2×%3, %4</translation>
    </message>
    <message>
        <source>The picture is empty or could not be read.</source>
        <translation>The picture is empty or could not be read.</translation>
    </message>
    <message>
        <source>This picture cannot be shrunk to %1 or less and stay readable (tried down to %2×%3 pixels). Capture a smaller part of the screen instead.</source>
        <translation>This picture cannot be shrunk to %1 or less and stay readable (tried down to %2×%3 pixels). Capture a smaller part of the screen instead.</translation>
    </message>
</context>
<context>
    <name>IntakeValidator</name>
    <message>
        <source>Describe the problem: what you did, what you expected and what happened</source>
        <translation>Describe the problem: what you did, what you expected and what happened</translation>
    </message>
    <message>
        <source>Name the product the request is about</source>
        <translation>Name the product the request is about</translation>
    </message>
    <message>
        <source>Give the exact product version (see Help &gt; About), e.g. 5.2.1</source>
        <translation>Give the exact product version (see Help &gt; About), e.g. 5.2.1</translation>
    </message>
    <message>
        <source>Give the operating system and its version, e.g. Windows 11 23H2</source>
        <translation>Give the operating system and its version, e.g. Windows 11 23H2</translation>
    </message>
    <message>
        <source>List the steps that make the problem appear, so we can repeat it</source>
        <translation>List the steps that make the problem appear, so we can repeat it</translation>
    </message>
    <message>
        <source>Say how many employees the problem affects</source>
        <translation>Say how many employees the problem affects</translation>
    </message>
    <message>
        <source>Give your project code or account/contract number so we can identify you as a customer</source>
        <translation>Give your project code or account/contract number so we can identify you as a customer</translation>
    </message>
    <message>
        <source>Attach a screenshot or a log of the error</source>
        <translation>Attach a screenshot or a log of the error</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exact version; give the number shown in Help &gt; About, e.g. 5.2.1</source>
        <translation>&quot;%1&quot; is not an exact version; give the number shown in Help &gt; About, e.g. 5.2.1</translation>
    </message>
    <message>
        <source>The number of affected employees cannot be negative</source>
        <translation>The number of affected employees cannot be negative</translation>
    </message>
    <message>
        <source>Enter a subject that names the problem</source>
        <translation>Enter a subject that names the problem</translation>
    </message>
    <message>
        <source>The subject &quot;%1&quot; does not say what the problem is; name what fails and where, e.g. &quot;Price list import stops with error 0x80070005&quot;</source>
        <translation>The subject &quot;%1&quot; does not say what the problem is; name what fails and where, e.g. &quot;Price list import stops with error 0x80070005&quot;</translation>
    </message>
    <message>
        <source>One word is not enough for a subject; describe the problem in a few words, e.g. &quot;Invoice printing hangs&quot;</source>
        <translation>One word is not enough for a subject; describe the problem in a few words, e.g. &quot;Invoice printing hangs&quot;</translation>
    </message>
</context>
<context>
    <name>JsonBody</name>
    <message>
        <source>The field %1 is required.</source>
        <translation>The field %1 is required.</translation>
    </message>
    <message>
        <source>The field %1 cannot be null.</source>
        <translation>The field %1 cannot be null.</translation>
    </message>
    <message>
        <source>The field %1 must be a whole number.</source>
        <translation>The field %1 must be a whole number.</translation>
    </message>
    <message>
        <source>The field %1 is out of range.</source>
        <translation>The field %1 is out of range.</translation>
    </message>
    <message>
        <source>The field %1 must be a positive id.</source>
        <translation>The field %1 must be a positive id.</translation>
    </message>
    <message>
        <source>The field %1 must be a string.</source>
        <translation>The field %1 must be a string.</translation>
    </message>
    <message numerus="yes">
        <source>The field %1 may be at most %n characters long.</source>
        <translation>
            <numerusform>The field %1 may be at most %n character long.</numerusform>
            <numerusform>The field %1 may be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message>
        <source>The field %1 contains characters that are not allowed.</source>
        <translation>The field %1 contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>The field %1 must be a list.</source>
        <translation>The field %1 must be a list.</translation>
    </message>
    <message numerus="yes">
        <source>The field %1 may hold at most %n items.</source>
        <translation>
            <numerusform>The field %1 may hold at most %n item.</numerusform>
            <numerusform>The field %1 may hold at most %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request body is empty; a JSON object was expected.</source>
        <translation>The request body is empty; a JSON object was expected.</translation>
    </message>
    <message>
        <source>The request body is not valid UTF-8 text.</source>
        <translation>The request body is not valid UTF-8 text.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>The request body must be a JSON object.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at byte %2.</source>
        <translation>The request body is not valid JSON: %1 at byte %2.</translation>
    </message>
    <message>
        <source>Unknown field %1; accepted fields: %2.</source>
        <translation>Unknown field %1; accepted fields: %2.</translation>
    </message>
    <message>
        <source>The field %1 must be between %2 and %3.</source>
        <translation>The field %1 must be between %2 and %3.</translation>
    </message>
    <message>
        <source>The field %1 must be true or false.</source>
        <translation>The field %1 must be true or false.</translation>
    </message>
    <message>
        <source>The field %1 cannot hold empty items.</source>
        <translation>The field %1 cannot hold empty items.</translation>
    </message>
    <message>
        <source>The field %1 must be an ISO-8601 date and time with a zone, such as 2026-11-23T10:00:00Z.</source>
        <translation>The field %1 must be an ISO-8601 date and time with a zone, such as 2026-11-23T10:00:00Z.</translation>
    </message>
    <message>
        <source>The field %1 must be an object.</source>
        <translation>The field %1 must be an object.</translation>
    </message>
    <message>
        <source>The field %1 must be a list of objects.</source>
        <translation>The field %1 must be a list of objects.</translation>
    </message>
    <message>
        <source>The field %1 must be one of: %2.</source>
        <translation>The field %1 must be one of: %2.</translation>
    </message>
</context>
<context>
    <name>KbArticleRepository</name>
    <message>
        <source>Knowledge-base article %1 does not exist.</source>
        <translation>Knowledge-base article %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>KbRoutes</name>
    <message>
        <source>limit must be a whole number from 1 to 50.</source>
        <translation>limit must be a whole number from 1 to 50.</translation>
    </message>
    <message>
        <source>The knowledge-base article</source>
        <translation>The knowledge-base article</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to SupportDesk</source>
        <translation>Sign in to SupportDesk</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>https://support.example.com</source>
        <translation>https://support.example.com</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>MailParser</name>
    <message>
        <source>The data is not an e-mail message.</source>
        <translation>The data is not an e-mail message.</translation>
    </message>
</context>
<context>
    <name>MessageCreateRequest</name>
    <message>
        <source>The field %1 must be a ticket number such as SD-2026-000123.</source>
        <translation>The field %1 must be a ticket number such as SD-2026-000123.</translation>
    </message>
    <message>
        <source>The message is empty: %1 or %2 must hold some text.</source>
        <translation>The message is empty: %1 or %2 must hold some text.</translation>
    </message>
</context>
<context>
    <name>MessageRepository</name>
    <message>
        <source>Ticket %1 does not exist.</source>
        <translation>Ticket %1 does not exist.</translation>
    </message>
    <message>
        <source>Attachment %1 does not exist.</source>
        <translation>Attachment %1 does not exist.</translation>
    </message>
    <message>
        <source>Message %1 does not exist.</source>
        <translation>Message %1 does not exist.</translation>
    </message>
    <message>
        <source>No message has the email Message-ID %1.</source>
        <translation>No message has the email Message-ID %1.</translation>
    </message>
    <message>
        <source>The first message of ticket %1 was written outside the transaction that created it.</source>
        <translation>The first message of ticket %1 was written outside the transaction that created it.</translation>
    </message>
</context>
<context>
    <name>MessageRoutes</name>
    <message>
        <source>Staff answer with a reply, a note or a phone-call log.</source>
        <translation>Staff answer with a reply, a note or a phone-call log.</translation>
    </message>
    <message>
        <source>Customers add messages of kind &quot;customer&quot;.</source>
        <translation>Customers add messages of kind &quot;customer&quot;.</translation>
    </message>
    <message>
        <source>Phone calls are logged for critical tickets only; raise the priority first if the problem is critical.</source>
        <translation>Phone calls are logged for critical tickets only; raise the priority first if the problem is critical.</translation>
    </message>
    <message>
        <source>The call was about %1, but this is ticket %2.</source>
        <translation>The call was about %1, but this is ticket %2.</translation>
    </message>
    <message>
        <source>Ticket %1 is closed; open a new ticket and mention this number in it.</source>
        <translation>Ticket %1 is closed; open a new ticket and mention this number in it.</translation>
    </message>
    <message>
        <source>Ticket %1 is closed, so your message started ticket %2, linked to it.</source>
        <translation>Ticket %1 is closed, so your message started ticket %2, linked to it.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database %1 already holds tables but no schema_version: it is not a SupportDesk database. Nothing was changed.</source>
        <translation>The database %1 already holds tables but no schema_version: it is not a SupportDesk database. Nothing was changed.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this SupportDesk knows versions up to %3 only: it was written by a newer release. Upgrade SupportDesk; the database was not changed.</source>
        <translation>The database %1 has schema version %2, but this SupportDesk knows versions up to %3 only: it was written by a newer release. Upgrade SupportDesk; the database was not changed.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2 but this SupportDesk needs version %3: run &quot;supportdesk-server migrate&quot; first.</source>
        <translation>The database %1 has schema version %2 but this SupportDesk needs version %3: run &quot;supportdesk-server migrate&quot; first.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed and was rolled back: %3</source>
        <translation>Migration %1 (%2) failed and was rolled back: %3</translation>
    </message>
</context>
<context>
    <name>MyRequestsValues</name>
    <message>
        <source>Waiting for your reply</source>
        <translation>Waiting for your reply</translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation>waiting for you</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (late)</translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <source>An organisation named %1 already exists.</source>
        <translation>An organisation named %1 already exists.</translation>
    </message>
    <message>
        <source>Organisation %1 does not exist.</source>
        <translation>Organisation %1 does not exist.</translation>
    </message>
    <message>
        <source>No contract has the project code, account or contract number %1.</source>
        <translation>No contract has the project code, account or contract number %1.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>A new ticket needs a subject.</source>
        <translation>A new ticket needs a subject.</translation>
    </message>
    <message>
        <source>The ticket is no longer available here; the message was not queued.</source>
        <translation>The ticket is no longer available here; the message was not queued.</translation>
    </message>
    <message>
        <source>The field %1 cannot be changed.</source>
        <translation>The field %1 cannot be changed.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>The ticket is no longer available here; the change was not queued.</source>
        <translation>The ticket is no longer available here; the change was not queued.</translation>
    </message>
    <message>
        <source>A rating is from 1 to 5.</source>
        <translation>A rating is from 1 to 5.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for attachments waiting to be sent.</source>
        <translation>Cannot create the folder %1 for attachments waiting to be sent.</translation>
    </message>
    <message>
        <source>Cannot read %1; nothing was queued.</source>
        <translation>Cannot read %1; nothing was queued.</translation>
    </message>
    <message>
        <source>Someone else changed the same fields of this ticket meanwhile.</source>
        <translation>Someone else changed the same fields of this ticket meanwhile.</translation>
    </message>
    <message>
        <source>This change is not waiting for a decision any more.</source>
        <translation>This change is not waiting for a decision any more.</translation>
    </message>
    <message>
        <source>Choose a value for %1.</source>
        <translation>Choose a value for %1.</translation>
    </message>
    <message>
        <source>This write is not waiting to be retried.</source>
        <translation>This write is not waiting to be retried.</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>A ticket cannot be merged into itself.</translation>
    </message>
    <message>
        <source>A ticket can be merged only into a ticket the server already has.</source>
        <translation>A ticket can be merged only into a ticket the server already has.</translation>
    </message>
    <message>
        <source>Only a message the server already has can become a new ticket.</source>
        <translation>Only a message the server already has can become a new ticket.</translation>
    </message>
    <message>
        <source>Give the new ticket a subject.</source>
        <translation>Give the new ticket a subject.</translation>
    </message>
</context>
<context>
    <name>ProductionCalendar</name>
    <message>
        <source>%1: must be a list of dates such as &quot;%2-01-01&quot;</source>
        <translation>%1: must be a list of dates such as &quot;%2-01-01&quot;</translation>
    </message>
    <message>
        <source>%1: bad date &quot;%2&quot;, expected an existing date as YYYY-MM-DD</source>
        <translation>%1: bad date &quot;%2&quot;, expected an existing date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1: %2 is not in %3</source>
        <translation>%1: %2 is not in %3</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice</source>
        <translation>%1: %2 is listed twice</translation>
    </message>
    <message>
        <source>%1: %2 is a weekday; list only Saturdays and Sundays here</source>
        <translation>%1: %2 is a weekday; list only Saturdays and Sundays here</translation>
    </message>
    <message>
        <source>%1: %2 is also in %3</source>
        <translation>%1: %2 is also in %3</translation>
    </message>
    <message>
        <source>%1: %2 is a weekend day; a shortened weekend day is a working one, so list it in %3 too</source>
        <translation>%1: %2 is a weekend day; a shortened weekend day is a working one, so list it in %3 too</translation>
    </message>
    <message>
        <source>missing &quot;year&quot;</source>
        <translation>missing &quot;year&quot;</translation>
    </message>
    <message>
        <source>year: must be a whole number from %1 to %2</source>
        <translation>year: must be a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>year: the file is for %1, not %2</source>
        <translation>year: the file is for %1, not %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected %2</source>
        <translation>unknown key &quot;%1&quot;; expected %2</translation>
    </message>
    <message>
        <source>note: must be a text string</source>
        <translation>note: must be a text string</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>not valid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>the production calendar must be a JSON object</source>
        <translation>the production calendar must be a JSON object</translation>
    </message>
</context>
<context>
    <name>ProductionCalendarCsv</name>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>line %1: a quoted field is not closed</translation>
    </message>
    <message>
        <source>line %1: the header has no column &quot;%2&quot;</source>
        <translation>line %1: the header has no column &quot;%2&quot;</translation>
    </message>
    <message>
        <source>line %1, column &quot;%2&quot;</source>
        <translation>line %1, column &quot;%2&quot;</translation>
    </message>
    <message>
        <source>line %1: %2 fields, but the header has %3</source>
        <translation>line %1: %2 fields, but the header has %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a year</source>
        <translation>%1: &quot;%2&quot; is not a year</translation>
    </message>
    <message>
        <source>line %1: the year %2 is listed again</source>
        <translation>line %1: the year %2 is listed again</translation>
    </message>
    <message>
        <source>the file has a header but no year</source>
        <translation>the file has a header but no year</translation>
    </message>
    <message>
        <source>the file holds the years %1; say which one to import</source>
        <translation>the file holds the years %1; say which one to import</translation>
    </message>
    <message>
        <source>the file has no row for %1 (it holds %2)</source>
        <translation>the file has no row for %1 (it holds %2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a day; expected a day of the month, maybe followed by * (shortened day) or + (transferred day off)</source>
        <translation>%1: &quot;%2&quot; is not a day; expected a day of the month, maybe followed by * (shortened day) or + (transferred day off)</translation>
    </message>
    <message>
        <source>%1: there is no day %2 in that month of %3</source>
        <translation>%1: there is no day %2 in that month of %3</translation>
    </message>
    <message>
        <source>%1: day %2 is listed twice</source>
        <translation>%1: day %2 is listed twice</translation>
    </message>
    <message>
        <source>%1: the file says %2, but its month columns give %3</source>
        <translation>%1: the file says %2, but its month columns give %3</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>the file is not UTF-8 text; save it as UTF-8</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
</context>
<context>
    <name>QueueRepository</name>
    <message>
        <source>A queue named %1 already exists.</source>
        <translation>A queue named %1 already exists.</translation>
    </message>
    <message>
        <source>Queue %1 does not exist.</source>
        <translation>Queue %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>RatingRoutes</name>
    <message>
        <source>Only the customer who asked can rate the work.</source>
        <translation>Only the customer who asked can rate the work.</translation>
    </message>
    <message>
        <source>Ticket %1 is still being worked on; rate it once it is resolved.</source>
        <translation>Ticket %1 is still being worked on; rate it once it is resolved.</translation>
    </message>
    <message>
        <source>A rating of this ticket</source>
        <translation>A rating of this ticket</translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>A ticket from the server has no id.</source>
        <translation>A ticket from the server has no id.</translation>
    </message>
    <message>
        <source>A message from the server has no id.</source>
        <translation>A message from the server has no id.</translation>
    </message>
</context>
<context>
    <name>ReportRoutes</name>
    <message>
        <source>SLA reports are for supervisors and administrators.</source>
        <translation>SLA reports are for supervisors and administrators.</translation>
    </message>
    <message>
        <source>%1 must be a date (2026-11-01) or an ISO-8601 instant with its offset.</source>
        <translation>%1 must be a date (2026-11-01) or an ISO-8601 instant with its offset.</translation>
    </message>
    <message>
        <source>group must be queue, agent or category.</source>
        <translation>group must be queue, agent or category.</translation>
    </message>
    <message>
        <source>to must be later than from.</source>
        <translation>to must be later than from.</translation>
    </message>
    <message numerus="yes">
        <source>The period may span at most %n day(s).</source>
        <translation>
            <numerusform>The period may span at most %n day.</numerusform>
            <numerusform>The period may span at most %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>queue must be the id of a queue.</source>
        <translation>queue must be the id of a queue.</translation>
    </message>
    <message>
        <source>organisation must be the id of an organisation.</source>
        <translation>organisation must be the id of an organisation.</translation>
    </message>
    <message>
        <source>agent must be the user id of an agent, supervisor or administrator.</source>
        <translation>agent must be the user id of an agent, supervisor or administrator.</translation>
    </message>
    <message>
        <source>support_level must be a support level of a contract or an SLA policy.</source>
        <translation>support_level must be a support level of a contract or an SLA policy.</translation>
    </message>
</context>
<context>
    <name>RequestDraft</name>
    <message>
        <source>The draft could not be saved to %1: %2</source>
        <translation>The draft could not be saved to %1: %2</translation>
    </message>
</context>
<context>
    <name>RequestThreadHtml</name>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>%1, support team</source>
        <translation>%1, support team</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>waiting to be sent</translation>
    </message>
</context>
<context>
    <name>SavedViewRepository</name>
    <message>
        <source>The saved view id %1 is already taken.</source>
        <translation>The saved view id %1 is already taken.</translation>
    </message>
</context>
<context>
    <name>SavedViewRoutes</name>
    <message>
        <source>The view definition may take at most %1 KB.</source>
        <translation>The view definition may take at most %1 KB.</translation>
    </message>
    <message>
        <source>Another user already has a view with this id; choose a new id.</source>
        <translation>Another user already has a view with this id; choose a new id.</translation>
    </message>
    <message>
        <source>A view id is 1 to %1 letters, digits and hyphens.</source>
        <translation>A view id is 1 to %1 letters, digits and hyphens.</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>The warning share must lie between 0 and 1, such as 0.8.</source>
        <translation>The warning share must lie between 0 and 1, such as 0.8.</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>The session does not exist.</source>
        <translation>The session does not exist.</translation>
    </message>
</context>
<context>
    <name>SessionRoutes</name>
    <message numerus="yes">
        <source>Too many failed sign-ins; try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins; try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>The login or the password is wrong.</translation>
    </message>
</context>
<context>
    <name>SlaClock</name>
    <message numerus="yes">
        <source>no business time within %n year(s) of the start</source>
        <translation>
            <numerusform>no business time within %n year of the start</numerusform>
            <numerusform>no business time within %n years of the start</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlaConfigRoutes</name>
    <message>
        <source>The calendar definition is not valid: %1.</source>
        <translation>The calendar definition is not valid: %1.</translation>
    </message>
</context>
<context>
    <name>SlaConfigService</name>
    <message>
        <source>There is no calendar named &quot;%1&quot;, nor any other.</source>
        <translation>There is no calendar named &quot;%1&quot;, nor any other.</translation>
    </message>
    <message>
        <source>There is no calendar named &quot;%1&quot;; the calendars are %2.</source>
        <translation>There is no calendar named &quot;%1&quot;; the calendars are %2.</translation>
    </message>
    <message>
        <source>There is no SLA policy for support level %1, %2 tickets of %3 priority.</source>
        <translation>There is no SLA policy for support level %1, %2 tickets of %3 priority.</translation>
    </message>
</context>
<context>
    <name>SlaEscalation</name>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Next response</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>%1 target breached.</source>
        <translation>%1 target breached.</translation>
    </message>
    <message numerus="yes">
        <source>%1 due in %n min.</source>
        <translation>
            <numerusform>%1 due in %n min.</numerusform>
            <numerusform>%1 due in %n min.</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA scheduler</source>
        <translation>SLA scheduler</translation>
    </message>
    <message>
        <source>Priority raised to %1.</source>
        <translation>Priority raised to %1.</translation>
    </message>
    <message>
        <source>Moved to queue %1.</source>
        <translation>Moved to queue %1.</translation>
    </message>
    <message>
        <source>Ticket %1 changed while it was escalated.</source>
        <translation>Ticket %1 changed while it was escalated.</translation>
    </message>
</context>
<context>
    <name>SlaPolicyJson</name>
    <message>
        <source>The field %1 cannot be blank.</source>
        <translation>The field %1 cannot be blank.</translation>
    </message>
    <message>
        <source>The field %1 may only list these statuses: %2.</source>
        <translation>The field %1 may only list these statuses: %2.</translation>
    </message>
</context>
<context>
    <name>SlaPolicyRepository</name>
    <message>
        <source>An SLA policy for support level %1, %2 tickets of %3 priority already exists.</source>
        <translation>An SLA policy for support level %1, %2 tickets of %3 priority already exists.</translation>
    </message>
    <message>
        <source>SLA policy %1 does not exist.</source>
        <translation>SLA policy %1 does not exist.</translation>
    </message>
    <message>
        <source>An SLA policy needs a support level.</source>
        <translation>An SLA policy needs a support level.</translation>
    </message>
    <message>
        <source>SLA targets must be positive numbers of minutes.</source>
        <translation>SLA targets must be positive numbers of minutes.</translation>
    </message>
    <message>
        <source>Calendar %1 does not exist.</source>
        <translation>Calendar %1 does not exist.</translation>
    </message>
    <message>
        <source>SLA policy %1 holds a value this version does not know.</source>
        <translation>SLA policy %1 holds a value this version does not know.</translation>
    </message>
</context>
<context>
    <name>SlaReportParser</name>
    <message>
        <source>The SLA report from the server cannot be read: it is not a complete JSON object.</source>
        <translation>The SLA report from the server cannot be read: it is not a complete JSON object.</translation>
    </message>
    <message>
        <source>The SLA report from the server cannot be read: %1.</source>
        <translation>The SLA report from the server cannot be read: %1.</translation>
    </message>
    <message>
        <source>group is not queue, agent or category</source>
        <translation>group is not queue, agent or category</translation>
    </message>
    <message>
        <source>%1 is not a score from 1 to 5</source>
        <translation>%1 is not a score from 1 to 5</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 is not a date</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 is not a list</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 is not an object</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 is not a whole number</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 is not a number</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 is not text</translation>
    </message>
    <message>
        <source>%1 is not a date and time</source>
        <translation>%1 is not a date and time</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>%1 is not an id</translation>
    </message>
    <message>
        <source>%1 does not start where the band before it ends</source>
        <translation>%1 does not start where the band before it ends</translation>
    </message>
    <message>
        <source>%1 is not after from_minutes</source>
        <translation>%1 is not after from_minutes</translation>
    </message>
</context>
<context>
    <name>SlaTargetText</name>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Next response</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>%1: met late, %2</source>
        <translation>%1: met late, %2</translation>
    </message>
    <message>
        <source>%1: met, %2</source>
        <translation>%1: met, %2</translation>
    </message>
    <message>
        <source>%1: paused (%2), %3 of %4 business minutes used</source>
        <translation>%1: paused (%2), %3 of %4 business minutes used</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>on hold</translation>
    </message>
    <message>
        <source>at risk, %1</source>
        <translation>at risk, %1</translation>
    </message>
    <message>
        <source>%1: %2 (due %3)</source>
        <translation>%1: %2 (due %3)</translation>
    </message>
</context>
<context>
    <name>SnapshotPage</name>
    <message>
        <source>The server sent a sync page that could not be read (at byte %1).</source>
        <translation>The server sent a sync page that could not be read (at byte %1).</translation>
    </message>
</context>
<context>
    <name>SqlErrorClassifier</name>
    <message>
        <source>the connection is closed</source>
        <translation>the connection is closed</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program or connection; gave up after waiting %2 ms (%3).</source>
        <translation>The database %1 is locked by another program or connection; gave up after waiting %2 ms (%3).</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a database file: %2.</source>
        <translation>The database %1 is damaged or is not a database file: %2.</translation>
    </message>
    <message>
        <source>The database %1 is not available: %2</source>
        <translation>The database %1 is not available: %2</translation>
    </message>
    <message>
        <source>Lost the connection to the database %1: %2</source>
        <translation>Lost the connection to the database %1: %2</translation>
    </message>
    <message>
        <source>The database %1 already holds this value: %2</source>
        <translation>The database %1 already holds this value: %2</translation>
    </message>
    <message>
        <source>The database %1 refused the change: %2</source>
        <translation>The database %1 refused the change: %2</translation>
    </message>
    <message>
        <source>The database %1 does not have the expected schema: %2</source>
        <translation>The database %1 does not have the expected schema: %2</translation>
    </message>
    <message>
        <source>The database %1 reported an error: %2</source>
        <translation>The database %1 reported an error: %2</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 is not an SQLite database.</translation>
    </message>
    <message>
        <source>Could not prepare a statement</source>
        <translation>Could not prepare a statement</translation>
    </message>
    <message>
        <source>Could not bind a value</source>
        <translation>Could not bind a value</translation>
    </message>
    <message>
        <source>A statement failed</source>
        <translation>A statement failed</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
</context>
<context>
    <name>StemmingTokenizer</name>
    <message>
        <source>Full-text search needs a database connection; this one is invalid.</source>
        <translation>Full-text search needs a database connection; this one is invalid.</translation>
    </message>
    <message>
        <source>Full-text search with stemming needs an SQLite connection, not %1.</source>
        <translation>Full-text search with stemming needs an SQLite connection, not %1.</translation>
    </message>
    <message>
        <source>The SQLite connection for full-text search is not open.</source>
        <translation>The SQLite connection for full-text search is not open.</translation>
    </message>
    <message>
        <source>The SQLite library has no FTS5 full-text search: %1</source>
        <translation>The SQLite library has no FTS5 full-text search: %1</translation>
    </message>
    <message>
        <source>Cannot register the full-text search tokenizer: %1</source>
        <translation>Cannot register the full-text search tokenizer: %1</translation>
    </message>
</context>
<context>
    <name>SubmitOptions</name>
    <message>
        <source>The SupportDesk server&apos;s address.</source>
        <translation>The SupportDesk server&apos;s address.</translation>
    </message>
    <message>
        <source>Subject of the new request.</source>
        <translation>Subject of the new request.</translation>
    </message>
    <message>
        <source>Product the request is about.</source>
        <translation>Product the request is about.</translation>
    </message>
    <message>
        <source>Exact version of the product.</source>
        <translation>Exact version of the product.</translation>
    </message>
    <message>
        <source>Attach a file (may be given several times).</source>
        <translation>Attach a file (may be given several times).</translation>
    </message>
    <message>
        <source>Folder for the local copy of your requests and for those waiting to be sent.</source>
        <translation>Folder for the local copy of your requests and for those waiting to be sent.</translation>
    </message>
    <message>
        <source>Language: ru or en.</source>
        <translation>Language: ru or en.</translation>
    </message>
    <message>
        <source>Run without a display.</source>
        <translation>Run without a display.</translation>
    </message>
    <message>
        <source>SupportDesk: send a request to technical support</source>
        <translation>SupportDesk: send a request to technical support</translation>
    </message>
    <message>
        <source>Show the program&apos;s version.</source>
        <translation>Show the program&apos;s version.</translation>
    </message>
    <message>
        <source>The file %1 to attach does not exist.</source>
        <translation>The file %1 to attach does not exist.</translation>
    </message>
    <message>
        <source>The file %1 to attach cannot be read.</source>
        <translation>The file %1 to attach cannot be read.</translation>
    </message>
    <message>
        <source>%1 is not a server address. It looks like https://support.example.com.</source>
        <translation>%1 is not a server address. It looks like https://support.example.com.</translation>
    </message>
    <message>
        <source>The language %1 is not available; use ru or en.</source>
        <translation>The language %1 is not available; use ru or en.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
</context>
<context>
    <name>SyncRoutes</name>
    <message>
        <source>limit must be a whole number from 1 to %1.</source>
        <translation>limit must be a whole number from 1 to %1.</translation>
    </message>
    <message>
        <source>after must be the &quot;next&quot; value of the previous page.</source>
        <translation>after must be the &quot;next&quot; value of the previous page.</translation>
    </message>
</context>
<context>
    <name>TicketActionRoutes</name>
    <message>
        <source>There is no ticket %1 you can see.</source>
        <translation>There is no ticket %1 you can see.</translation>
    </message>
    <message>
        <source>This link</source>
        <translation>This link</translation>
    </message>
    <message>
        <source>Message %1 is not part of ticket %2.</source>
        <translation>Message %1 is not part of ticket %2.</translation>
    </message>
</context>
<context>
    <name>TicketCreateRequest</name>
    <message>
        <source>The field %1 must be an email address such as name@example.com.</source>
        <translation>The field %1 must be an email address such as name@example.com.</translation>
    </message>
</context>
<context>
    <name>TicketCreation</name>
    <message>
        <source>Give the customer&apos;s email address so the answer reaches them.</source>
        <translation>Give the customer&apos;s email address so the answer reaches them.</translation>
    </message>
</context>
<context>
    <name>TicketPatch</name>
    <message>
        <source>The field %1 cannot be changed; fields that can: %2.</source>
        <translation>The field %1 cannot be changed; fields that can: %2.</translation>
    </message>
</context>
<context>
    <name>TicketRef</name>
    <message>
        <source>The field %1 must be a ticket id or a ticket number such as SD-2026-000123.</source>
        <translation>The field %1 must be a ticket id or a ticket number such as SD-2026-000123.</translation>
    </message>
</context>
<context>
    <name>TicketRepository</name>
    <message>
        <source>Ticket %1 does not exist.</source>
        <translation>Ticket %1 does not exist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot start a ticket number: use 1-16 ASCII letters and digits beginning with a letter.</source>
        <translation>&quot;%1&quot; cannot start a ticket number: use 1-16 ASCII letters and digits beginning with a letter.</translation>
    </message>
    <message>
        <source>No ticket has the number %1.</source>
        <translation>No ticket has the number %1.</translation>
    </message>
    <message>
        <source>Ticket %1 changed while it was being saved.</source>
        <translation>Ticket %1 changed while it was being saved.</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>A ticket cannot be merged into itself.</translation>
    </message>
    <message>
        <source>Ticket %1 is already merged into another ticket.</source>
        <translation>Ticket %1 is already merged into another ticket.</translation>
    </message>
    <message>
        <source>Ticket %1 was itself merged into another ticket; merge into that one instead.</source>
        <translation>Ticket %1 was itself merged into another ticket; merge into that one instead.</translation>
    </message>
    <message>
        <source>A ticket cannot be linked to itself.</source>
        <translation>A ticket cannot be linked to itself.</translation>
    </message>
    <message>
        <source>Tickets %1 and %2 are already linked this way.</source>
        <translation>Tickets %1 and %2 are already linked this way.</translation>
    </message>
    <message>
        <source>Ticket link %1 does not exist.</source>
        <translation>Ticket link %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>TicketRoutes</name>
    <message>
        <source>Unknown status &quot;%1&quot;; use %2.</source>
        <translation>Unknown status &quot;%1&quot;; use %2.</translation>
    </message>
    <message>
        <source>%1 must be an id or &quot;none&quot;.</source>
        <translation>%1 must be an id or &quot;none&quot;.</translation>
    </message>
    <message>
        <source>limit must be a whole number from 1 to 500.</source>
        <translation>limit must be a whole number from 1 to 500.</translation>
    </message>
    <message>
        <source>after must be the &quot;next&quot; value of the previous page.</source>
        <translation>after must be the &quot;next&quot; value of the previous page.</translation>
    </message>
    <message>
        <source>This ticket</source>
        <translation>This ticket</translation>
    </message>
    <message>
        <source>Send the version you edited in an If-Match header, so a change made meanwhile by someone else is not overwritten.</source>
        <translation>Send the version you edited in an If-Match header, so a change made meanwhile by someone else is not overwritten.</translation>
    </message>
    <message>
        <source>If-Match must be the ticket&apos;s version number.</source>
        <translation>If-Match must be the ticket&apos;s version number.</translation>
    </message>
    <message>
        <source>sla_due_within must be a number of minutes from 0 to %1.</source>
        <translation>sla_due_within must be a number of minutes from 0 to %1.</translation>
    </message>
    <message>
        <source>order must be &quot;newest&quot; or &quot;next&quot;.</source>
        <translation>order must be &quot;newest&quot; or &quot;next&quot;.</translation>
    </message>
    <message>
        <source>The &quot;next&quot; order cannot be combined with a text search.</source>
        <translation>The &quot;next&quot; order cannot be combined with a text search.</translation>
    </message>
</context>
<context>
    <name>TicketUpdating</name>
    <message>
        <source>Queue %1 does not exist.</source>
        <translation>Queue %1 does not exist.</translation>
    </message>
    <message>
        <source>Tickets can be assigned only to active agents, supervisors or administrators.</source>
        <translation>Tickets can be assigned only to active agents, supervisors or administrators.</translation>
    </message>
    <message>
        <source>Someone changed this ticket meanwhile (it is now version %1); merge your changes into the current ticket and try again.</source>
        <translation>Someone changed this ticket meanwhile (it is now version %1); merge your changes into the current ticket and try again.</translation>
    </message>
</context>
<context>
    <name>TicketValues</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>Pending customer</translation>
    </message>
    <message>
        <source>In development</source>
        <translation>In development</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Feature suggestion</source>
        <translation>Feature suggestion</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>No SLA</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>Cannot reproduce</source>
        <translation>Cannot reproduce</translation>
    </message>
    <message>
        <source>Insufficient information</source>
        <translation>Insufficient information</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Out of scope</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Declined: abusive</source>
        <translation>Declined: abusive</translation>
    </message>
    <message>
        <source>Suggestion accepted</source>
        <translation>Suggestion accepted</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Public reply</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <source>Resolving needs a resolution</source>
        <translation>Resolving needs a resolution</translation>
    </message>
    <message>
        <source>Closing needs a resolution</source>
        <translation>Closing needs a resolution</translation>
    </message>
    <message>
        <source>Only resolved and closed tickets have a resolution; clear it while the ticket is being worked on</source>
        <translation>Only resolved and closed tickets have a resolution; clear it while the ticket is being worked on</translation>
    </message>
    <message>
        <source>Only duplicate tickets may be resolved as duplicate: merge this ticket into the original one</source>
        <translation>Only duplicate tickets may be resolved as duplicate: merge this ticket into the original one</translation>
    </message>
    <message>
        <source>Only a feature request can be resolved as feature accepted; change the category first</source>
        <translation>Only a feature request can be resolved as feature accepted; change the category first</translation>
    </message>
    <message>
        <source>Resolve the ticket first so the customer can confirm or reopen it; only duplicates and abusive requests are closed at once</source>
        <translation>Resolve the ticket first so the customer can confirm or reopen it; only duplicates and abusive requests are closed at once</translation>
    </message>
    <message>
        <source>A closed ticket cannot be reopened or changed; open a new one linked to it</source>
        <translation>A closed ticket cannot be reopened or changed; open a new one linked to it</translation>
    </message>
    <message>
        <source>A ticket cannot go back to new once it has been worked on</source>
        <translation>A ticket cannot go back to new once it has been worked on</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>User %1 does not exist.</source>
        <translation>User %1 does not exist.</translation>
    </message>
    <message>
        <source>The login %1 is already taken.</source>
        <translation>The login %1 is already taken.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>supportdesk needs a graphical display, and none is available (DISPLAY and WAYLAND_DISPLAY are not set). Start it in a desktop session, or pass --offscreen for a check without a window.</source>
        <translation>supportdesk needs a graphical display, and none is available (DISPLAY and WAYLAND_DISPLAY are not set). Start it in a desktop session, or pass --offscreen for a check without a window.</translation>
    </message>
    <message>
        <source>SupportDesk workstation</source>
        <translation>SupportDesk workstation</translation>
    </message>
    <message>
        <source>Server URL; without it a private local server starts.</source>
        <translation>Server URL; without it a private local server starts.</translation>
    </message>
    <message>
        <source>Folder for the private local server&apos;s database.</source>
        <translation>Folder for the private local server&apos;s database.</translation>
    </message>
    <message>
        <source>Language: ru or en.</source>
        <translation>Language: ru or en.</translation>
    </message>
    <message>
        <source>Run without a display.</source>
        <translation>Run without a display.</translation>
    </message>
    <message>
        <source>Connect, report whether the server is healthy, quit.</source>
        <translation>Connect, report whether the server is healthy, quit.</translation>
    </message>
    <message>
        <source>With the private local server: sign in as this demo user at once (e.g. agent.ivanov).</source>
        <translation>With the private local server: sign in as this demo user at once (e.g. agent.ivanov).</translation>
    </message>
    <message>
        <source>Folder for the local copies of your tickets and for changes waiting to be sent.</source>
        <translation>Folder for the local copies of your tickets and for changes waiting to be sent.</translation>
    </message>
    <message>
        <source>supportdesk-submit needs a graphical display, and none is available (DISPLAY and WAYLAND_DISPLAY are not set). Start it in a desktop session.</source>
        <translation>supportdesk-submit needs a graphical display, and none is available (DISPLAY and WAYLAND_DISPLAY are not set). Start it in a desktop session.</translation>
    </message>
</context>
<context>
    <name>sd::client::AccountSession</name>
    <message>
        <source>The server at %1 sent an answer to the sign-in that SupportDesk cannot read (%2).</source>
        <translation>The server at %1 sent an answer to the sign-in that SupportDesk cannot read (%2).</translation>
    </message>
    <message>
        <source>No sign-in is saved for %1 on %2. Please sign in.</source>
        <translation>No sign-in is saved for %1 on %2. Please sign in.</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer that SupportDesk cannot read (%2).</source>
        <translation>The server at %1 sent an answer that SupportDesk cannot read (%2).</translation>
    </message>
    <message>
        <source>Your saved sign-in as %1 on %2 is no longer valid: it expired or was signed out. Please sign in again.</source>
        <translation>Your saved sign-in as %1 on %2 is no longer valid: it expired or was signed out. Please sign in again.</translation>
    </message>
    <message>
        <source>You are signed out on this computer, but the server at %1 could not be told (%2). Your sign-in there stays valid until it expires.</source>
        <translation>You are signed out on this computer, but the server at %1 could not be told (%2). Your sign-in there stays valid until it expires.</translation>
    </message>
    <message>
        <source>SupportDesk cannot sign in while the server cannot be reached. %1</source>
        <translation>SupportDesk cannot sign in while the server cannot be reached. %1</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>The login or the password is wrong.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again later.</source>
        <translation>Too many failed sign-ins. Try again later.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins. Try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::client::AttachmentTransfer</name>
    <message>
        <source>the attachment has no SHA-256 to check.</source>
        <translation>the attachment has no SHA-256 to check.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the upload is not understood: %1</source>
        <translation>The server&apos;s answer to the upload is not understood: %1</translation>
    </message>
    <message>
        <source>the downloaded bytes do not match the attachment&apos;s SHA-256; the copy was discarded.</source>
        <translation>the downloaded bytes do not match the attachment&apos;s SHA-256; the copy was discarded.</translation>
    </message>
</context>
<context>
    <name>sd::client::CannedResponses</name>
    <message>
        <source>The server sent a list of canned responses that SupportDesk cannot read.</source>
        <translation>The server sent a list of canned responses that SupportDesk cannot read.</translation>
    </message>
</context>
<context>
    <name>sd::client::ClientSession</name>
    <message>
        <source>Cannot create the folder %1 for this account&apos;s data.</source>
        <translation>Cannot create the folder %1 for this account&apos;s data.</translation>
    </message>
</context>
<context>
    <name>sd::client::CredentialStore</name>
    <message>
        <source>The system keychain is not available (%1), so the saved sign-in for %2 on %3 cannot be read. Please sign in again.</source>
        <translation>The system keychain is not available (%1), so the saved sign-in for %2 on %3 cannot be read. Please sign in again.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). If it holds a sign-in token for %2 on %3, that token could not be removed from it.</source>
        <translation>The system keychain is not available (%1). If it holds a sign-in token for %2 on %3, that token could not be removed from it.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). As you allowed, the sign-in token for %2 on %3 is saved unencrypted in %4: anyone who can read that file can use your account until you log out.</source>
        <translation>The system keychain is not available (%1). As you allowed, the sign-in token for %2 on %3 is saved unencrypted in %4: anyone who can read that file can use your account until you log out.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). You stay signed in as %2 on %3 until SupportDesk closes; next time you will have to sign in again.</source>
        <translation>The system keychain is not available (%1). You stay signed in as %2 on %3 until SupportDesk closes; next time you will have to sign in again.</translation>
    </message>
</context>
<context>
    <name>sd::client::EmbeddedServer</name>
    <message>
        <source>Cannot start the local server %1: %2</source>
        <translation>Cannot start the local server %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation>Cannot create the data folder %1</translation>
    </message>
    <message>
        <source>The local server stopped (exit code %1): %2</source>
        <translation>The local server stopped (exit code %1): %2</translation>
    </message>
</context>
<context>
    <name>sd::client::HealthProbe</name>
    <message>
        <source>The server at %1 does not answer: %2</source>
        <translation>The server at %1 does not answer: %2</translation>
    </message>
    <message>
        <source>The server at %1 answered something that is not SupportDesk: %2</source>
        <translation>The server at %1 answered something that is not SupportDesk: %2</translation>
    </message>
</context>
<context>
    <name>sd::client::OutboxSender</name>
    <message>
        <source>The outbox could not be read.</source>
        <translation>The outbox could not be read.</translation>
    </message>
</context>
<context>
    <name>sd::client::SavedViews</name>
    <message>
        <source>The server sent a saved view that SupportDesk cannot read.</source>
        <translation>The server sent a saved view that SupportDesk cannot read.</translation>
    </message>
    <message>
        <source>The change could not be kept on this computer (%1); it is lost if SupportDesk closes before the server has it.</source>
        <translation>The change could not be kept on this computer (%1); it is lost if SupportDesk closes before the server has it.</translation>
    </message>
</context>
<context>
    <name>sd::client::SlaAdmin</name>
    <message>
        <source>The server sent an SLA configuration list that SupportDesk cannot read.</source>
        <translation>The server sent an SLA configuration list that SupportDesk cannot read.</translation>
    </message>
</context>
<context>
    <name>sd::client::SlaReportChoices</name>
    <message>
        <source>The server sent a list SupportDesk cannot read.</source>
        <translation>The server sent a list SupportDesk cannot read.</translation>
    </message>
</context>
<context>
    <name>sd::client::SyncEngine</name>
    <message>
        <source>The certificate of %1 is not trusted, so SupportDesk did not connect to it for updates. Compare its SHA-256 fingerprint with the one your administrator gives you before you accept it.</source>
        <translation>The certificate of %1 is not trusted, so SupportDesk did not connect to it for updates. Compare its SHA-256 fingerprint with the one your administrator gives you before you accept it.</translation>
    </message>
    <message>
        <source>The server sent a sync page that could not be read.</source>
        <translation>The server sent a sync page that could not be read.</translation>
    </message>
</context>
<context>
    <name>sd::server::AdminCli</name>
    <message>
        <source>Unknown command &quot;%1&quot;.

%2</source>
        <translation>Unknown command &quot;%1&quot;.

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
        <translation>Usage: supportdesk-server &lt;command&gt; [options]

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
</translation>
    </message>
</context>
<context>
    <name>sd::server::ApiServer</name>
    <message>
        <source>The server is shutting down; try again in a moment.</source>
        <translation>The server is shutting down; try again in a moment.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Not found: %1</translation>
    </message>
    <message>
        <source>%1 does not accept %2; use %3.</source>
        <translation>%1 does not accept %2; use %3.</translation>
    </message>
    <message>
        <source>Only administrators may do this.</source>
        <translation>Only administrators may do this.</translation>
    </message>
</context>
<context>
    <name>sd::server::CalendarCommand</name>
    <message>
        <source>%1: name the calendar right after the command: supportdesk-server %1 NAME [options]</source>
        <translation>%1: name the calendar right after the command: supportdesk-server %1 NAME [options]</translation>
    </message>
    <message>
        <source>The calendar&apos;s name, as `calendar list` shows it.</source>
        <translation>The calendar&apos;s name, as `calendar list` shows it.</translation>
    </message>
    <message>
        <source>%1: --file FILE is required</source>
        <translation>%1: --file FILE is required</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: cannot read %2: %3</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TIME ZONE</source>
        <translation>TIME ZONE</translation>
    </message>
    <message>
        <source>YEARS</source>
        <translation>YEARS</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>UPDATED</translation>
    </message>
    <message>
        <source>Prints the calendar file of a stored calendar.</source>
        <translation>Prints the calendar file of a stored calendar.</translation>
    </message>
    <message>
        <source>Creates a calendar from a calendar file, or replaces the one of the same name.</source>
        <translation>Creates a calendar from a calendar file, or replaces the one of the same name.</translation>
    </message>
    <message>
        <source>The calendar file (JSON); - reads standard input.</source>
        <translation>The calendar file (JSON); - reads standard input.</translation>
    </message>
    <message>
        <source>Store it under this name (default: the file&apos;s name).</source>
        <translation>Store it under this name (default: the file&apos;s name).</translation>
    </message>
    <message>
        <source>Created calendar &quot;%1&quot; with id %2</source>
        <translation>Created calendar &quot;%1&quot; with id %2</translation>
    </message>
    <message>
        <source>Replaced calendar &quot;%1&quot; (id %2)</source>
        <translation>Replaced calendar &quot;%1&quot; (id %2)</translation>
    </message>
    <message>
        <source>calendar import: --format must be csv or json (got &quot;%1&quot;)</source>
        <translation>calendar import: --format must be csv or json (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>calendar import: add --format csv or --format json; the file name does not tell</source>
        <translation>calendar import: add --format csv or --format json; the file name does not tell</translation>
    </message>
    <message>
        <source>calendar import: --year needs a year from %1 to %2 (got &quot;%3&quot;)</source>
        <translation>calendar import: --year needs a year from %1 to %2 (got &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>Replaces one year&apos;s holidays, shortened days and working weekend days of a stored calendar with a production calendar&apos;s (see docs/production-calendar.md); other years stay.</source>
        <translation>Replaces one year&apos;s holidays, shortened days and working weekend days of a stored calendar with a production calendar&apos;s (see docs/production-calendar.md); other years stay.</translation>
    </message>
    <message>
        <source>The production calendar; - reads standard input.</source>
        <translation>The production calendar; - reads standard input.</translation>
    </message>
    <message>
        <source>csv (the open-data table) or json (default: from the file name).</source>
        <translation>csv (the open-data table) or json (default: from the file name).</translation>
    </message>
    <message>
        <source>The year to take from a CSV that lists several.</source>
        <translation>The year to take from a CSV that lists several.</translation>
    </message>
    <message>
        <source>Print the calendar file the import would store; store nothing.</source>
        <translation>Print the calendar file the import would store; store nothing.</translation>
    </message>
    <message>
        <source>Imported %1 into calendar &quot;%2&quot;: holidays %3, shortened days %4, working weekend days %5</source>
        <translation>Imported %1 into calendar &quot;%2&quot;: holidays %3, shortened days %4, working weekend days %5</translation>
    </message>
    <message>
        <source>Removes a calendar that no SLA policy counts in.</source>
        <translation>Removes a calendar that no SLA policy counts in.</translation>
    </message>
    <message>
        <source>Removed calendar &quot;%1&quot; (id %2)</source>
        <translation>Removed calendar &quot;%1&quot; (id %2)</translation>
    </message>
    <message>
        <source>calendar: use &quot;calendar list&quot;, &quot;calendar show&quot;, &quot;calendar set&quot;, &quot;calendar import&quot; or &quot;calendar remove&quot; (got &quot;%1&quot;)</source>
        <translation>calendar: use &quot;calendar list&quot;, &quot;calendar show&quot;, &quot;calendar set&quot;, &quot;calendar import&quot; or &quot;calendar remove&quot; (got &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>sd::server::CliSupport</name>
    <message>
        <source>Database: sqlite:/path/file.db or postgresql://user@host:port/dbname (default: $SUPPORTDESK_DB).</source>
        <translation>Database: sqlite:/path/file.db or postgresql://user@host:port/dbname (default: $SUPPORTDESK_DB).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: unexpected argument &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: no database given; pass --db URL or set SUPPORTDESK_DB</source>
        <translation>%1: no database given; pass --db URL or set SUPPORTDESK_DB</translation>
    </message>
</context>
<context>
    <name>sd::server::ConfigFile</name>
    <message>
        <source>Cannot read the config file %1: %2</source>
        <translation>Cannot read the config file %1: %2</translation>
    </message>
    <message>
        <source>The config file %1 is not UTF-8 text.</source>
        <translation>The config file %1 is not UTF-8 text.</translation>
    </message>
    <message>
        <source>%1, line %2: expected &quot;[section]&quot; or &quot;key = value&quot;, got &quot;%3&quot;</source>
        <translation>%1, line %2: expected &quot;[section]&quot; or &quot;key = value&quot;, got &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1, line %2: the key &quot;%3&quot; stands before any [section]</source>
        <translation>%1, line %2: the key &quot;%3&quot; stands before any [section]</translation>
    </message>
    <message>
        <source>%1, line %2: [%3] %4 is set a second time</source>
        <translation>%1, line %2: [%3] %4 is set a second time</translation>
    </message>
</context>
<context>
    <name>sd::server::DemoCommand</name>
    <message>
        <source>How many demo tickets to add (default 300).</source>
        <translation>How many demo tickets to add (default 300).</translation>
    </message>
    <message>
        <source>demo: --tickets needs a number from 0 to 10000000 (got &quot;%1&quot;)</source>
        <translation>demo: --tickets needs a number from 0 to 10000000 (got &quot;%1&quot;)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo ticket(s) to %1</source>
        <translation>
            <numerusform>Added %n demo ticket to %1</numerusform>
            <numerusform>Added %n demo tickets to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::server::DemoWriter</name>
    <message>
        <source>Cannot hash passwords: libsodium failed</source>
        <translation>Cannot hash passwords: libsodium failed</translation>
    </message>
</context>
<context>
    <name>sd::server::EscalationCommand</name>
    <message>
        <source>escalation add: --%1 must be one of %2 or any (got &quot;%3&quot;)</source>
        <translation>escalation add: --%1 must be one of %2 or any (got &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITY</translation>
    </message>
    <message>
        <source>NOTIFY</source>
        <translation>NOTIFY</translation>
    </message>
    <message>
        <source>RAISE</source>
        <translation>RAISE</translation>
    </message>
    <message>
        <source>MOVE TO</source>
        <translation>MOVE TO</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVE</translation>
    </message>
    <message>
        <source>escalation add: --kind must be warning or breach (got &quot;%1&quot;)</source>
        <translation>escalation add: --kind must be warning or breach (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Adds an escalation rule: what the SLA scheduler does when a warning or a breach fires.</source>
        <translation>Adds an escalation rule: what the SLA scheduler does when a warning or a breach fires.</translation>
    </message>
    <message>
        <source>warning or breach.</source>
        <translation>warning or breach.</translation>
    </message>
    <message>
        <source>Notify supervisors (an internal note).</source>
        <translation>Notify supervisors (an internal note).</translation>
    </message>
    <message>
        <source>Raise the ticket&apos;s priority one step.</source>
        <translation>Raise the ticket&apos;s priority one step.</translation>
    </message>
    <message>
        <source>Move the ticket to this queue.</source>
        <translation>Move the ticket to this queue.</translation>
    </message>
    <message>
        <source>Store the rule switched off.</source>
        <translation>Store the rule switched off.</translation>
    </message>
    <message>
        <source>Added escalation rule %1: %2</source>
        <translation>Added escalation rule %1: %2</translation>
    </message>
    <message>
        <source>The rule&apos;s id, as `escalation list` shows it.</source>
        <translation>The rule&apos;s id, as `escalation list` shows it.</translation>
    </message>
    <message>
        <source>%1: --id needs a rule&apos;s number (got &quot;%2&quot;)</source>
        <translation>%1: --id needs a rule&apos;s number (got &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Removed escalation rule %1</source>
        <translation>Removed escalation rule %1</translation>
    </message>
    <message>
        <source>Prints the share of a target&apos;s business minutes after which the SLA scheduler warns, or sets it for every server on the database. Running targets take a new share when their ticket next changes.</source>
        <translation>Prints the share of a target&apos;s business minutes after which the SLA scheduler warns, or sets it for every server on the database. Running targets take a new share when their ticket next changes.</translation>
    </message>
    <message>
        <source>New share, e.g. 0.8.</source>
        <translation>New share, e.g. 0.8.</translation>
    </message>
    <message>
        <source>%1: --set needs a number between 0 and 1 (got &quot;%2&quot;)</source>
        <translation>%1: --set needs a number between 0 and 1 (got &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>escalation: use &quot;escalation list&quot;, &quot;escalation add&quot;, &quot;escalation remove&quot; or &quot;escalation share&quot; (got &quot;%1&quot;)</source>
        <translation>escalation: use &quot;escalation list&quot;, &quot;escalation add&quot;, &quot;escalation remove&quot; or &quot;escalation share&quot; (got &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>sd::server::EventConnection</name>
    <message>
        <source>Authentication timed out</source>
        <translation>Authentication timed out</translation>
    </message>
    <message>
        <source>Invalid or expired token</source>
        <translation>Invalid or expired token</translation>
    </message>
    <message>
        <source>Authentication required</source>
        <translation>Authentication required</translation>
    </message>
    <message>
        <source>Only text messages are understood.</source>
        <translation>Only text messages are understood.</translation>
    </message>
    <message>
        <source>Too many messages before authentication</source>
        <translation>Too many messages before authentication</translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation>The message is not a JSON object.</translation>
    </message>
    <message>
        <source>This connection is already authenticated.</source>
        <translation>This connection is already authenticated.</translation>
    </message>
    <message>
        <source>Unknown message type &quot;%1&quot;.</source>
        <translation>Unknown message type &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only staff members share presence.</source>
        <translation>Only staff members share presence.</translation>
    </message>
    <message>
        <source>A presence message needs a positive ticket_id and a state: viewing, replying or left.</source>
        <translation>A presence message needs a positive ticket_id and a state: viewing, replying or left.</translation>
    </message>
</context>
<context>
    <name>sd::server::MailIntake</name>
    <message>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <source>Mail gateway</source>
        <translation>Mail gateway</translation>
    </message>
    <message>
        <source>Attachments of the email from %1 were refused and not stored:</source>
        <translation>Attachments of the email from %1 were refused and not stored:</translation>
    </message>
</context>
<context>
    <name>sd::server::MailgateCommand</name>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>appended</source>
        <translation>appended</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>Deliver one email message read from standard input into a queue.</source>
        <translation>Deliver one email message read from standard input into a queue.</translation>
    </message>
    <message>
        <source>Queue that new tickets from this mail go to.</source>
        <translation>Queue that new tickets from this mail go to.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>--queue NAME is required.</source>
        <translation>--queue NAME is required.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Cannot read standard input.</translation>
    </message>
    <message>
        <source>Not an email message: %1</source>
        <translation>Not an email message: %1</translation>
    </message>
    <message>
        <source>There is no queue &quot;%1&quot;.</source>
        <translation>There is no queue &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The message was not stored: %1</source>
        <translation>The message was not stored: %1</translation>
    </message>
</context>
<context>
    <name>sd::server::MigrateCommand</name>
    <message>
        <source>%1 is up to date (schema version %2)</source>
        <translation>%1 is up to date (schema version %2)</translation>
    </message>
    <message>
        <source>%1 migrated from schema version %2 to %3</source>
        <translation>%1 migrated from schema version %2 to %3</translation>
    </message>
    <message numerus="yes">
        <source>SLA targets computed for %n older ticket(s); %1 warning(s) and breach(es) they had already passed were recorded without escalating</source>
        <translation>
            <numerusform>SLA targets computed for %n older ticket; %1 warnings and breaches it had already passed were recorded without escalating</numerusform>
            <numerusform>SLA targets computed for %n older tickets; %1 warnings and breaches they had already passed were recorded without escalating</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::server::PolicyCommand</name>
    <message>
        <source>Support level, as contracts name it (e.g. default).</source>
        <translation>Support level, as contracts name it (e.g. default).</translation>
    </message>
    <message>
        <source>%1: --%2 is required</source>
        <translation>%1: --%2 is required</translation>
    </message>
    <message>
        <source>%1: --%2 must be one of %3 (got &quot;%4&quot;)</source>
        <translation>%1: --%2 must be one of %3 (got &quot;%4&quot;)</translation>
    </message>
    <message>
        <source>%1: --%2 needs a whole number of business minutes from %3 to %4 (got &quot;%5&quot;)</source>
        <translation>%1: --%2 needs a whole number of business minutes from %3 to %4 (got &quot;%5&quot;)</translation>
    </message>
    <message>
        <source>policy set: --pausing may only list these statuses: %1, or be none (got &quot;%2&quot;)</source>
        <translation>policy set: --pausing may only list these statuses: %1, or be none (got &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: --level is required</source>
        <translation>%1: --level is required</translation>
    </message>
    <message>
        <source>SLA policy %1 for %2/%3/%4: first response %5, next response %6, resolution %7 business minutes; calendar %8; paused in %9</source>
        <translation>SLA policy %1 for %2/%3/%4: first response %5, next response %6, resolution %7 business minutes; calendar %8; paused in %9</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATEGORY</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITY</translation>
    </message>
    <message>
        <source>FIRST</source>
        <translation>FIRST</translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation>NEXT</translation>
    </message>
    <message>
        <source>RESOLUTION</source>
        <translation>RESOLUTION</translation>
    </message>
    <message>
        <source>CALENDAR</source>
        <translation>CALENDAR</translation>
    </message>
    <message>
        <source>PAUSING</source>
        <translation>PAUSING</translation>
    </message>
    <message>
        <source>Creates the SLA policy of a support level, category and priority, or replaces it. Targets are business minutes of the policy&apos;s calendar.</source>
        <translation>Creates the SLA policy of a support level, category and priority, or replaces it. Targets are business minutes of the policy&apos;s calendar.</translation>
    </message>
    <message>
        <source>First-response target.</source>
        <translation>First-response target.</translation>
    </message>
    <message>
        <source>Target for each answer after a customer&apos;s message; 0 for none.</source>
        <translation>Target for each answer after a customer&apos;s message; 0 for none.</translation>
    </message>
    <message>
        <source>Resolution target.</source>
        <translation>Resolution target.</translation>
    </message>
    <message>
        <source>The calendar&apos;s name (default: none).</source>
        <translation>The calendar&apos;s name (default: none).</translation>
    </message>
    <message>
        <source>Statuses that stop the clock, comma-separated, or none (default: pending_customer).</source>
        <translation>Statuses that stop the clock, comma-separated, or none (default: pending_customer).</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>Replaced %1</source>
        <translation>Replaced %1</translation>
    </message>
    <message>
        <source>Removes an SLA policy, named by --id or by --level, --category and --priority.</source>
        <translation>Removes an SLA policy, named by --id or by --level, --category and --priority.</translation>
    </message>
    <message>
        <source>The policy&apos;s id, as `policy list` shows it.</source>
        <translation>The policy&apos;s id, as `policy list` shows it.</translation>
    </message>
    <message>
        <source>%1: name the policy by --id or by --level, --category and --priority</source>
        <translation>%1: name the policy by --id or by --level, --category and --priority</translation>
    </message>
    <message>
        <source>%1: --id needs a policy&apos;s number (got &quot;%2&quot;)</source>
        <translation>%1: --id needs a policy&apos;s number (got &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Removed SLA policy %1 for %2/%3/%4</source>
        <translation>Removed SLA policy %1 for %2/%3/%4</translation>
    </message>
    <message>
        <source>policy: use &quot;policy list&quot;, &quot;policy set&quot; or &quot;policy remove&quot; (got &quot;%1&quot;)</source>
        <translation>policy: use &quot;policy list&quot;, &quot;policy set&quot; or &quot;policy remove&quot; (got &quot;%1&quot;)</translation>
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
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>The request is too large: at most %1 is accepted here.</source>
        <translation>The request is too large: at most %1 is accepted here.</translation>
    </message>
    <message>
        <source>The request headers are too large: at most %1 is accepted.</source>
        <translation>The request headers are too large: at most %1 is accepted.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation>The request is not valid HTTP/1.1.</translation>
    </message>
</context>
<context>
    <name>sd::server::ServeCommand</name>
    <message>
        <source>serve: --listen &quot;%1&quot; is not an address and port such as 127.0.0.1:8080</source>
        <translation>serve: --listen &quot;%1&quot; is not an address and port such as 127.0.0.1:8080</translation>
    </message>
    <message>
        <source>serve: cannot listen on %1</source>
        <translation>serve: cannot listen on %1</translation>
    </message>
    <message>
        <source>serve: cannot read the TLS certificate %1: %2</source>
        <translation>serve: cannot read the TLS certificate %1: %2</translation>
    </message>
    <message>
        <source>serve: cannot read the TLS key %1: %2</source>
        <translation>serve: cannot read the TLS key %1: %2</translation>
    </message>
    <message>
        <source>serve: %1 is not a PEM certificate</source>
        <translation>serve: %1 is not a PEM certificate</translation>
    </message>
    <message>
        <source>serve: %1 is not a PEM private key (RSA or EC, without a passphrase)</source>
        <translation>serve: %1 is not a PEM private key (RSA or EC, without a passphrase)</translation>
    </message>
    <message>
        <source>Print the effective settings (file, environment and flags combined) and exit.</source>
        <translation>Print the effective settings (file, environment and flags combined) and exit.</translation>
    </message>
</context>
<context>
    <name>sd::server::ServerConfigLoader</name>
    <message>
        <source>Database URL.</source>
        <translation>Database URL.</translation>
    </message>
    <message>
        <source>Address and port to listen on (port 0 picks a free one).</source>
        <translation>Address and port to listen on (port 0 picks a free one).</translation>
    </message>
    <message>
        <source>TLS certificate chain, PEM file (needs the key too).</source>
        <translation>TLS certificate chain, PEM file (needs the key too).</translation>
    </message>
    <message>
        <source>TLS private key, PEM file.</source>
        <translation>TLS private key, PEM file.</translation>
    </message>
    <message>
        <source>Threads for database work; 0 means one per core.</source>
        <translation>Threads for database work; 0 means one per core.</translation>
    </message>
    <message>
        <source>Largest attachment, e.g. 300KB, 10MB, 10MiB or bytes.</source>
        <translation>Largest attachment, e.g. 300KB, 10MB, 10MiB or bytes.</translation>
    </message>
    <message>
        <source>Largest JSON request body.</source>
        <translation>Largest JSON request body.</translation>
    </message>
    <message>
        <source>Hours a sign-in stays valid.</source>
        <translation>Hours a sign-in stays valid.</translation>
    </message>
    <message>
        <source>Failed sign-ins allowed per login within the window.</source>
        <translation>Failed sign-ins allowed per login within the window.</translation>
    </message>
    <message>
        <source>Failed sign-ins allowed per client address within the window.</source>
        <translation>Failed sign-ins allowed per client address within the window.</translation>
    </message>
    <message>
        <source>Minutes over which failed sign-ins are counted.</source>
        <translation>Minutes over which failed sign-ins are counted.</translation>
    </message>
    <message>
        <source>Prefix of ticket numbers (SD in SD-2026-000123).</source>
        <translation>Prefix of ticket numbers (SD in SD-2026-000123).</translation>
    </message>
    <message>
        <source>IANA time zone whose year ticket numbers carry.</source>
        <translation>IANA time zone whose year ticket numbers carry.</translation>
    </message>
    <message>
        <source>Days after resolution in which a customer reply reopens the ticket.</source>
        <translation>Days after resolution in which a customer reply reopens the ticket.</translation>
    </message>
    <message>
        <source>Days back in which possible duplicates are suggested.</source>
        <translation>Days back in which possible duplicates are suggested.</translation>
    </message>
    <message>
        <source>Log format: text or json.</source>
        <translation>Log format: text or json.</translation>
    </message>
    <message>
        <source>must not be negative, got &quot;%1&quot;</source>
        <translation>must not be negative, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got &quot;%3&quot;</source>
        <translation>expected a whole number from %1 to %2, got &quot;%3&quot;</translation>
    </message>
    <message>
        <source>a size must not be negative, got &quot;%1&quot;</source>
        <translation>a size must not be negative, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a size in bytes or with a unit such as 300KB, 10MB or 10MiB, got &quot;%1&quot;</source>
        <translation>expected a size in bytes or with a unit such as 300KB, 10MB or 10MiB, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a size greater than zero, got &quot;%1&quot;</source>
        <translation>expected a size greater than zero, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an address and port such as 127.0.0.1:8080 or [::1]:8443, got &quot;%1&quot;</source>
        <translation>expected an address and port such as 127.0.0.1:8080 or [::1]:8443, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an IANA time zone such as Europe/Moscow, got &quot;%1&quot;</source>
        <translation>expected an IANA time zone such as Europe/Moscow, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected 1 to 16 ASCII letters and digits starting with a letter, got &quot;%1&quot;</source>
        <translation>expected 1 to 16 ASCII letters and digits starting with a letter, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &quot;text&quot; or &quot;json&quot;, got &quot;%1&quot;</source>
        <translation>expected &quot;text&quot; or &quot;json&quot;, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: unknown key; did you mean %2?</source>
        <translation>%1: unknown key; did you mean %2?</translation>
    </message>
    <message>
        <source>%1: unknown key; the known keys are %2</source>
        <translation>%1: unknown key; the known keys are %2</translation>
    </message>
    <message>
        <source>%1, line %2: [%3] %4</source>
        <translation>%1, line %2: [%3] %4</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>environment variable %1</translation>
    </message>
    <message>
        <source>option --%1</source>
        <translation>option --%1</translation>
    </message>
    <message>
        <source>%1 in the config file, %2 or --%3</source>
        <translation>%1 in the config file, %2 or --%3</translation>
    </message>
    <message>
        <source>%1: TLS needs both a certificate and a key; set the %2 too (%3)</source>
        <translation>%1: TLS needs both a certificate and a key; set the %2 too (%3)</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>private key</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificate</translation>
    </message>
    <message>
        <source>%1: cannot read the PEM file %2: %3</source>
        <translation>%1: cannot read the PEM file %2: %3</translation>
    </message>
    <message>
        <source>No database given: pass --db URL, set SUPPORTDESK_DB or set url in the [database] section of the config file.</source>
        <translation>No database given: pass --db URL, set SUPPORTDESK_DB or set url in the [database] section of the config file.</translation>
    </message>
    <message>
        <source>INI config file (default: $%1).</source>
        <translation>INI config file (default: $%1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Also %1, $%2.</source>
        <translation>Also %1, $%2.</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Default: %1.</translation>
    </message>
    <message>
        <source># Effective settings: defaults &lt; config file &lt; SUPPORTDESK_* variables &lt; flags. The database password is not shown.</source>
        <translation># Effective settings: defaults &lt; config file &lt; SUPPORTDESK_* variables &lt; flags. The database password is not shown.</translation>
    </message>
    <message>
        <source>Seconds between the SLA scheduler&apos;s passes (warnings, breaches, escalations); 0 turns it off.</source>
        <translation>Seconds between the SLA scheduler&apos;s passes (warnings, breaches, escalations); 0 turns it off.</translation>
    </message>
</context>
<context>
    <name>sd::server::SlaCommand</name>
    <message>
        <source>sla: cannot read calendar file %1: %2</source>
        <translation>sla: cannot read calendar file %1: %2</translation>
    </message>
    <message>
        <source>sla: calendar file %1: %2</source>
        <translation>sla: calendar file %1: %2</translation>
    </message>
    <message>
        <source>sla: --%1 is required</source>
        <translation>sla: --%1 is required</translation>
    </message>
    <message>
        <source>sla: --%1 &quot;%2&quot; is not an ISO-8601 date and time (e.g. 2026-11-27T16:00:00+03:00)</source>
        <translation>sla: --%1 &quot;%2&quot; is not an ISO-8601 date and time (e.g. 2026-11-27T16:00:00+03:00)</translation>
    </message>
    <message>
        <source>sla: --minutes needs a whole number of business minutes, 0 or more (got &quot;%1&quot;)</source>
        <translation>sla: --minutes needs a whole number of business minutes, 0 or more (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Business calendar JSON file.</source>
        <translation>Business calendar JSON file.</translation>
    </message>
    <message>
        <source>Start instant, ISO-8601.</source>
        <translation>Start instant, ISO-8601.</translation>
    </message>
    <message>
        <source>End instant, ISO-8601 (elapsed).</source>
        <translation>End instant, ISO-8601 (elapsed).</translation>
    </message>
    <message>
        <source>Business minutes to add (due).</source>
        <translation>Business minutes to add (due).</translation>
    </message>
    <message>
        <source>Count the duty schedule too (critical tickets).</source>
        <translation>Count the duty schedule too (critical tickets).</translation>
    </message>
    <message>
        <source>sla: --calendar FILE.json is required</source>
        <translation>sla: --calendar FILE.json is required</translation>
    </message>
    <message>
        <source>sla: use &quot;sla due&quot; or &quot;sla elapsed&quot; (got &quot;%1&quot;)</source>
        <translation>sla: use &quot;sla due&quot; or &quot;sla elapsed&quot; (got &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>sd::server::UserCommand</name>
    <message>
        <source>The user&apos;s sign-in name.</source>
        <translation>The user&apos;s sign-in name.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (at least %1 characters).</source>
        <translation>Read the password from the first line of standard input (at least %1 characters).</translation>
    </message>
    <message>
        <source>%1: --%2 is required</source>
        <translation>%1: --%2 is required</translation>
    </message>
    <message>
        <source>%1: no password on standard input (--password-stdin reads its first line)</source>
        <translation>%1: no password on standard input (--password-stdin reads its first line)</translation>
    </message>
    <message>
        <source>%1: the password is too short; use at least %2 characters</source>
        <translation>%1: the password is too short; use at least %2 characters</translation>
    </message>
    <message>
        <source>%1: cannot hash the password: libsodium failed</source>
        <translation>%1: cannot hash the password: libsodium failed</translation>
    </message>
    <message>
        <source>--login must not contain spaces or control characters</source>
        <translation>--login must not contain spaces or control characters</translation>
    </message>
    <message>
        <source>--email &quot;%1&quot; is not an email address</source>
        <translation>--email &quot;%1&quot; is not an email address</translation>
    </message>
    <message>
        <source>--create-organisation needs --organisation NAME</source>
        <translation>--create-organisation needs --organisation NAME</translation>
    </message>
    <message>
        <source>a customer belongs to an organisation: pass --organisation NAME (with --create-organisation if it does not exist yet)</source>
        <translation>a customer belongs to an organisation: pass --organisation NAME (with --create-organisation if it does not exist yet)</translation>
    </message>
    <message>
        <source>only customers belong to an organisation, not the role %1</source>
        <translation>only customers belong to an organisation, not the role %1</translation>
    </message>
    <message>
        <source>customers work no queues; --queue is for agents, supervisors and admins</source>
        <translation>customers work no queues; --queue is for agents, supervisors and admins</translation>
    </message>
    <message>
        <source>user add: --role must be one of %1 (got &quot;%2&quot;)</source>
        <translation>user add: --role must be one of %1 (got &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>there is no organisation &quot;%1&quot;; add --create-organisation to create it</source>
        <translation>there is no organisation &quot;%1&quot;; add --create-organisation to create it</translation>
    </message>
    <message>
        <source>there is no queue &quot;%1&quot;; the queues are: %2</source>
        <translation>there is no queue &quot;%1&quot;; the queues are: %2</translation>
    </message>
    <message>
        <source>Created organisation %1 with id %2</source>
        <translation>Created organisation %1 with id %2</translation>
    </message>
    <message>
        <source>Created user %1 with id %2</source>
        <translation>Created user %1 with id %2</translation>
    </message>
    <message>
        <source>customer, agent, supervisor or admin.</source>
        <translation>customer, agent, supervisor or admin.</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation (customers only).</source>
        <translation>The customer&apos;s organisation (customers only).</translation>
    </message>
    <message>
        <source>Create the organisation if it does not exist yet.</source>
        <translation>Create the organisation if it does not exist yet.</translation>
    </message>
    <message>
        <source>Full name (default: the login).</source>
        <translation>Full name (default: the login).</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Email address.</translation>
    </message>
    <message>
        <source>A queue the user works; repeat for several (not for customers).</source>
        <translation>A queue the user works; repeat for several (not for customers).</translation>
    </message>
    <message>
        <source>Include deactivated users.</source>
        <translation>Include deactivated users.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ORGANISATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message numerus="yes">
        <source>Changed the password of %1; signed out %n session(s)</source>
        <translation>
            <numerusform>Changed the password of %1; signed out %n session</numerusform>
            <numerusform>Changed the password of %1; signed out %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>user: use &quot;user add&quot;, &quot;user list&quot; or &quot;user passwd&quot; (got &quot;%1&quot;)</source>
        <translation>user: use &quot;user add&quot;, &quot;user list&quot; or &quot;user passwd&quot; (got &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>sd::widgets::AnnotationEditor</name>
    <message>
        <source>Drag from where the arrow starts to what it points at.</source>
        <translation>Drag from where the arrow starts to what it points at.</translation>
    </message>
    <message>
        <source>Drag to draw a frame around what matters.</source>
        <translation>Drag to draw a frame around what matters.</translation>
    </message>
    <message>
        <source>Click where the text should go.</source>
        <translation>Click where the text should go.</translation>
    </message>
    <message>
        <source>Drag over passwords, names or other private details to black them out.</source>
        <translation>Drag over passwords, names or other private details to black them out.</translation>
    </message>
    <message>
        <source>Mark up the screenshot</source>
        <translation>Mark up the screenshot</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Attach</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Arrow</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Black out</source>
        <translation>Black out</translation>
    </message>
    <message>
        <source>Hide passwords, names or other private details. The hidden part is removed from the picture, not just covered.</source>
        <translation>Hide passwords, names or other private details. The hidden part is removed from the picture, not just covered.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo the last change (%1)</source>
        <translation>Undo the last change (%1)</translation>
    </message>
    <message>
        <source>Remove all marks</source>
        <translation>Remove all marks</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>Add text</translation>
    </message>
    <message>
        <source>Text to show on the picture:</source>
        <translation>Text to show on the picture:</translation>
    </message>
</context>
<context>
    <name>sd::widgets::AttachmentChip</name>
    <message>
        <source>picture</source>
        <translation>picture</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Logs and other text become much smaller when packed into a ZIP archive.</source>
        <translation>Logs and other text become much smaller when packed into a ZIP archive.</translation>
    </message>
    <message>
        <source>Pack it into a ZIP archive, or send only the part that matters.</source>
        <translation>Pack it into a ZIP archive, or send only the part that matters.</translation>
    </message>
    <message>
        <source>Shrink to fit</source>
        <translation>Shrink to fit</translation>
    </message>
    <message>
        <source>Make the picture smaller (as JPEG, or with fewer pixels) so that it fits the limit</source>
        <translation>Make the picture smaller (as JPEG, or with fewer pixels) so that it fits the limit</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>%1, refused: %2</source>
        <translation>%1, refused: %2</translation>
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
        <translation>No attachments. Drop files here or paste a screenshot (%1).</translation>
    </message>
    <message>
        <source>The smaller picture could not be saved. Check that the disk is not full, then remove this picture and add it again.</source>
        <translation>The smaller picture could not be saved. Check that the disk is not full, then remove this picture and add it again.</translation>
    </message>
    <message>
        <source>Shrunk to fit: %1</source>
        <translation>Shrunk to fit: %1</translation>
    </message>
    <message>
        <source>The picture could not be saved for sending. Check that the disk is not full, then try again.</source>
        <translation>The picture could not be saved for sending. Check that the disk is not full, then try again.</translation>
    </message>
    <message>
        <source>Folders cannot be attached. Put the files into a ZIP archive and attach that instead.</source>
        <translation>Folders cannot be attached. Put the files into a ZIP archive and attach that instead.</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation>The file cannot be opened (%1).</translation>
    </message>
</context>
<context>
    <name>sd::widgets::CannedResponseButton</name>
    <message>
        <source>Canned response</source>
        <translation>Canned response</translation>
    </message>
    <message>
        <source>No canned responses are available</source>
        <translation>No canned responses are available</translation>
    </message>
    <message>
        <source>Insert a prepared answer, filled in for this ticket</source>
        <translation>Insert a prepared answer, filled in for this ticket</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>My own</translation>
    </message>
</context>
<context>
    <name>sd::widgets::Dashboard</name>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <source>At risk and breached</source>
        <translation>At risk and breached</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Breaches</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>business hours</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Backlog trend</source>
        <translation>Backlog trend</translation>
    </message>
    <message>
        <source>Breaches per day</source>
        <translation>Breaches per day</translation>
    </message>
    <message>
        <source>Response and resolution times</source>
        <translation>Response and resolution times</translation>
    </message>
    <message>
        <source>Load per agent</source>
        <translation>Load per agent</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Customer satisfaction</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Resolutions</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Updated at %1</translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation>Not updated: %1</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90%</source>
        <translation>90%</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s), %1 breached</source>
        <translation>
            <numerusform>%n ticket, %1 breached</numerusform>
            <numerusform>%n tickets, %1 breached</numerusform>
        </translation>
    </message>
    <message>
        <source> (every support level)</source>
        <translation> (every support level)</translation>
    </message>
    <message>
        <source>SLA report %1 - %2.pdf</source>
        <translation>SLA report %1 - %2.pdf</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>Save the PDF report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>SLA report</source>
        <translation>SLA report</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Period: %1 – %2</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Made %1</translation>
    </message>
    <message>
        <source>First responses</source>
        <translation>First responses</translation>
    </message>
    <message>
        <source>First-response distribution</source>
        <translation>First-response distribution</translation>
    </message>
</context>
<context>
    <name>sd::widgets::DashboardFilterBar</name>
    <message>
        <source>Default (no contract)</source>
        <translation>Default (no contract)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>All queues</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>All support levels</source>
        <translation>All support levels</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Support level</source>
        <translation>Support level</translation>
    </message>
</context>
<context>
    <name>sd::widgets::DashboardTiles</name>
    <message>
        <source>first response %1</source>
        <translation>first response %1</translation>
    </message>
    <message>
        <source>next response %1</source>
        <translation>next response %1</translation>
    </message>
    <message>
        <source>resolution %1</source>
        <translation>resolution %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Breached now</source>
        <translation>Breached now</translation>
    </message>
    <message>
        <source>At risk now</source>
        <translation>At risk now</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Customer satisfaction</translation>
    </message>
    <message>
        <source>at the end of the period; %1 at its start</source>
        <translation>at the end of the period; %1 at its start</translation>
    </message>
    <message>
        <source>in the period; %1 resolved or closed</source>
        <translation>in the period; %1 resolved or closed</translation>
    </message>
    <message>
        <source>%1 of %2 resolved tickets</source>
        <translation>%1 of %2 resolved tickets</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>median in business time; 90%: %1; %n ticket(s)</source>
        <translation>
            <numerusform>median in business time; 90%: %1; %n ticket</numerusform>
            <numerusform>median in business time; 90%: %1; %n tickets</numerusform>
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
        <translation>Assigned to you</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA breached</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA at risk</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>first response</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>resolution</translation>
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
        <translation>B</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>I</source>
        <extracomment>Toolbar button: italic text. One or two letters.</extracomment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>U</source>
        <extracomment>Toolbar button: underlined text. One or two letters.</extracomment>
        <translation>U</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Underline</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• List</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. List</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Make the selection a link, or insert one</source>
        <translation>Make the selection a link, or insert one</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Quote: indent the selected paragraphs</source>
        <translation>Quote: indent the selected paragraphs</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code: file names, commands, error codes in a fixed-width font</source>
        <translation>Code: file names, commands, error codes in a fixed-width font</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear formatting of the selection</source>
        <translation>Clear formatting of the selection</translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>Insert link</translation>
    </message>
    <message>
        <source>Web address (https://…) or e-mail address (mailto:…):</source>
        <translation>Web address (https://…) or e-mail address (mailto:…):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web or e-mail address, so no link was made. Links start with https://, http:// or mailto:.</source>
        <translation>&quot;%1&quot; is not a web or e-mail address, so no link was made. Links start with https://, http:// or mailto:.</translation>
    </message>
</context>
<context>
    <name>sd::widgets::KbSearchBar</name>
    <message>
        <source>Search the knowledge base for an article to link…</source>
        <translation>Search the knowledge base for an article to link…</translation>
    </message>
    <message>
        <source>Close the knowledge-base search (Esc)</source>
        <translation>Close the knowledge-base search (Esc)</translation>
    </message>
    <message>
        <source>Knowledge base:</source>
        <translation>Knowledge base:</translation>
    </message>
    <message>
        <source>No articles match &quot;%1&quot;.</source>
        <translation>No articles match &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
</context>
<context>
    <name>sd::widgets::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://support.example.com.</source>
        <translation>Enter the server&apos;s address, for example https://support.example.com.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Enter your login.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
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
        <translation>The ticket list could not be read: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Filter tickets</source>
        <translation>&amp;Filter tickets</translation>
    </message>
    <message>
        <source>&amp;Next ticket</source>
        <translation>&amp;Next ticket</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>&amp;Previous ticket</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Filter tickets</source>
        <translation>Filter tickets</translation>
    </message>
    <message>
        <source>Next ticket</source>
        <translation>Next ticket</translation>
    </message>
    <message>
        <source>Previous ticket</source>
        <translation>Previous ticket</translation>
    </message>
    <message>
        <source>My open tickets (Alt+1 … Alt+7: the views)</source>
        <translation>My open tickets (Alt+1 … Alt+7: the views)</translation>
    </message>
    <message>
        <source>Reply to the open ticket</source>
        <translation>Reply to the open ticket</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Send the reply</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>This list</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New messages arrived</source>
        <translation>New messages arrived</translation>
    </message>
    <message numerus="yes">
        <source>While you were writing, %n new message(s) arrived:</source>
        <translation>
            <numerusform>While you were writing, %n new message arrived:</numerusform>
            <numerusform>While you were writing, %n new messages arrived:</numerusform>
        </translation>
    </message>
    <message>
        <source>Send your text anyway?</source>
        <translation>Send your text anyway?</translation>
    </message>
    <message>
        <source>The reply was not sent</source>
        <translation>The reply was not sent</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Reply</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Assign to me</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Set status</translation>
    </message>
    <message>
        <source>Move to queue</source>
        <translation>Move to queue</translation>
    </message>
    <message>
        <source>Merge the others into the current ticket…</source>
        <translation>Merge the others into the current ticket…</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) could not be changed:</source>
        <translation>
            <numerusform>%n ticket could not be changed:</numerusform>
            <numerusform>%n tickets could not be changed:</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge tickets</source>
        <translation>Merge tickets</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n ticket(s) into the current one? Their messages move there and they are closed as duplicates.</source>
        <translation>
            <numerusform>Merge %n ticket into the current one? Its messages move there and it is closed as a duplicate.</numerusform>
            <numerusform>Merge %n tickets into the current one? Their messages move there and they are closed as duplicates.</numerusform>
        </translation>
    </message>
    <message>
        <source>New ticket from this message</source>
        <translation>New ticket from this message</translation>
    </message>
    <message>
        <source>Subject of the new ticket (it is linked to this one):</source>
        <translation>Subject of the new ticket (it is linked to this one):</translation>
    </message>
    <message>
        <source>&amp;Save current view…</source>
        <translation>&amp;Save current view…</translation>
    </message>
    <message numerus="yes">
        <source>Loading the ticket list… Until it is done, only the newest %n ticket(s) are shown and searched.</source>
        <translation>
            <numerusform>Loading the ticket list… Until it is done, only the newest ticket is shown and searched.</numerusform>
            <numerusform>Loading the ticket list… Until it is done, only the newest %n tickets are shown and searched.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket list loaded: the filter searches every ticket.</source>
        <translation>Ticket list loaded: the filter searches every ticket.</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>SLA dashboard</source>
        <translation>SLA dashboard</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <source>SLA &amp;dashboard</source>
        <translation>SLA &amp;dashboard</translation>
    </message>
    <message>
        <source>SLA dashboard (supervisors)</source>
        <translation>SLA dashboard (supervisors)</translation>
    </message>
    <message>
        <source>Back to the tickets</source>
        <translation>Back to the tickets</translation>
    </message>
    <message>
        <source>SLA &amp;administration…</source>
        <translation>SLA &amp;administration…</translation>
    </message>
</context>
<context>
    <name>sd::widgets::MyRequestsModel</name>
    <message>
        <source>not sent yet</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <source>%1 · waiting to be sent</source>
        <translation>%1 · waiting to be sent</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>Next answer expected</source>
        <translation>Next answer expected</translation>
    </message>
</context>
<context>
    <name>sd::widgets::MyRequestsPane</name>
    <message>
        <source>Your requests could not be read from this computer&apos;s copy: %1</source>
        <translation>Your requests could not be read from this computer&apos;s copy: %1</translation>
    </message>
    <message>
        <source>No requests yet. Requests you or your colleagues send appear here.</source>
        <translation>No requests yet. Requests you or your colleagues send appear here.</translation>
    </message>
</context>
<context>
    <name>sd::widgets::RatingWidget</name>
    <message>
        <source>Send rating</source>
        <translation>Send rating</translation>
    </message>
    <message>
        <source>How did we do? Rate the work on this request.</source>
        <translation>How did we do? Rate the work on this request.</translation>
    </message>
    <message numerus="yes">
        <source>%n of 5 stars</source>
        <translation>
            <numerusform>%n star of 5</numerusform>
            <numerusform>%n stars of 5</numerusform>
        </translation>
    </message>
    <message>
        <source>What went well, what could be better (optional)</source>
        <translation>What went well, what could be better (optional)</translation>
    </message>
    <message>
        <source>Thank you for your rating: %1</source>
        <translation>Thank you for your rating: %1</translation>
    </message>
    <message>
        <source>Your comment: %1</source>
        <translation>Your comment: %1</translation>
    </message>
    <message>
        <source>It could not be sent yet: %1</source>
        <translation>It could not be sent yet: %1</translation>
    </message>
    <message>
        <source>It will be sent as soon as the connection allows.</source>
        <translation>It will be sent as soon as the connection allows.</translation>
    </message>
    <message>
        <source>Choose from 1 to 5 stars first</source>
        <translation>Choose from 1 to 5 stars first</translation>
    </message>
</context>
<context>
    <name>sd::widgets::RegionSelector</name>
    <message>
        <source>Press Esc to cancel.</source>
        <translation>Press Esc to cancel.</translation>
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
        <translation>Public reply</translation>
    </message>
    <message>
        <source>A reply the customer receives</source>
        <translation>A reply the customer receives</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <source>A note for the team; the customer never sees it</source>
        <translation>A note for the team; the customer never sees it</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>Find an article and link it in the reply</source>
        <translation>Find an article and link it in the reply</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>Attach files (you can also drop or paste them)</source>
        <translation>Attach files (you can also drop or paste them)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Internal note&lt;/b&gt; — the customer will not see this</source>
        <translation>&lt;b&gt;Internal note&lt;/b&gt; — the customer will not see this</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has blanks SupportDesk could not fill in for this ticket: %2. Replace them before sending.</source>
        <translation>&quot;%1&quot; has blanks SupportDesk could not fill in for this ticket: %2. Replace them before sending.</translation>
    </message>
    <message>
        <source>On %1 %2 wrote:</source>
        <translation>On %1 %2 wrote:</translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <translation>%1 wrote:</translation>
    </message>
    <message>
        <source>The article &quot;%1&quot; has no web address to link to.</source>
        <translation>The article &quot;%1&quot; has no web address to link to.</translation>
    </message>
    <message>
        <source>Write a note for the team…</source>
        <translation>Write a note for the team…</translation>
    </message>
    <message>
        <source>Write your reply to the customer…</source>
        <translation>Write your reply to the customer…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Send reply</translation>
    </message>
    <message>
        <source>Add the note to the ticket (%1)</source>
        <translation>Add the note to the ticket (%1)</translation>
    </message>
    <message>
        <source>Send the reply to the customer (%1)</source>
        <translation>Send the reply to the customer (%1)</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>The draft could not be saved: %1</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Draft saved at %1</translation>
    </message>
    <message>
        <source>The saved draft could not be read: %1</source>
        <translation>The saved draft could not be read: %1</translation>
    </message>
    <message>
        <source>These attachments of the draft are no longer on this computer: %1. Attach them again if they are still needed.</source>
        <translation>These attachments of the draft are no longer on this computer: %1. Attach them again if they are still needed.</translation>
    </message>
    <message>
        <source>Draft from %1</source>
        <translation>Draft from %1</translation>
    </message>
    <message>
        <source>The sent draft could not be removed: %1</source>
        <translation>The sent draft could not be removed: %1</translation>
    </message>
    <message>
        <source>Some attachments cannot be sent; each says why. Remove them (or shrink pictures that are too large), then send again.</source>
        <translation>Some attachments cannot be sent; each says why. Remove them (or shrink pictures that are too large), then send again.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>screenshot</source>
        <translation>screenshot</translation>
    </message>
    <message>
        <source>Write your message to the support team…</source>
        <translation>Write your message to the support team…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send the message to the support team (%1)</source>
        <translation>Send the message to the support team (%1)</translation>
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
        <translation>Save this table as a CSV file</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Show the figures behind the chart</source>
        <translation>Show the figures behind the chart</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Save as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>sd::widgets::ReportTableModel</name>
    <message>
        <source>%1 (min)</source>
        <translation>%1 (min)</translation>
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
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>sd::widgets::RequestFields</name>
    <message>
        <source>Fields marked * are required for this kind of request.</source>
        <translation>Fields marked * are required for this kind of request.</translation>
    </message>
    <message>
        <source>One problem per request: if you have several, send each on its own; each is then answered sooner.</source>
        <translation>One problem per request: if you have several, send each on its own; each is then answered sooner.</translation>
    </message>
    <message>
        <source>e.g. Price list import stops with error 0x80070005</source>
        <translation>e.g. Price list import stops with error 0x80070005</translation>
    </message>
    <message>
        <source>Subject: what fails and where</source>
        <translation>Subject: what fails and where</translation>
    </message>
    <message>
        <source>Question about using the product</source>
        <translation>Question about using the product</translation>
    </message>
    <message>
        <source>Incident: something does not work</source>
        <translation>Incident: something does not work</translation>
    </message>
    <message>
        <source>Feature suggestion</source>
        <translation>Feature suggestion</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Kind of request</translation>
    </message>
    <message>
        <source>e.g. 5.2.1</source>
        <translation>e.g. 5.2.1</translation>
    </message>
    <message>
        <source>The number shown in the product&apos;s Help &gt; About window</source>
        <translation>The number shown in the product&apos;s Help &gt; About window</translation>
    </message>
    <message>
        <source>e.g. Windows 11 23H2</source>
        <translation>e.g. Windows 11 23H2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
        <extra-The>number of affected employees has not been given yet.</extra-The>
    </message>
    <message>
        <source>From your contract or your personal account page</source>
        <translation>From your contract or your personal account page</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Exact version</source>
        <translation>Exact version</translation>
    </message>
    <message>
        <source>Operating system and version</source>
        <translation>Operating system and version</translation>
    </message>
    <message>
        <source>Employees affected</source>
        <translation>Employees affected</translation>
    </message>
    <message>
        <source>Project code or account/contract number</source>
        <translation>Project code or account/contract number</translation>
    </message>
    <message>
        <source>What you did, what you expected and what happened instead; the exact text of any error message</source>
        <translation>What you did, what you expected and what happened instead; the exact text of any error message</translation>
    </message>
    <message>
        <source>1. Open …
2. Click …
3. The error appears</source>
        <translation>1. Open …
2. Click …
3. The error appears</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Steps to reproduce</source>
        <translation>Steps to reproduce</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Attach a picture or files copied to the clipboard</source>
        <translation>Attach a picture or files copied to the clipboard</translation>
    </message>
    <message>
        <source>Screenshots, logs and files</source>
        <translation>Screenshots, logs and files</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>screenshot</source>
        <translation>screenshot</translation>
    </message>
    <message>
        <source>The clipboard holds no picture or file to attach. Copy a screenshot or files first, then press Paste.</source>
        <translation>The clipboard holds no picture or file to attach. Copy a screenshot or files first, then press Paste.</translation>
    </message>
</context>
<context>
    <name>sd::widgets::RequestForm</name>
    <message>
        <source>Send request</source>
        <translation>Send request</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be sent: %2</source>
        <translation>&quot;%1&quot; cannot be sent: %2</translation>
    </message>
    <message>
        <source>Remove it with its × button (a picture that is only too large can be shrunk instead). Screenshots, logs, PDF and zipped folders up to %1 are accepted; programs and installers never are.</source>
        <translation>Remove it with its × button (a picture that is only too large can be shrunk instead). Screenshots, logs, PDF and zipped folders up to %1 are accepted; programs and installers never are.</translation>
    </message>
    <message numerus="yes">
        <source>The request is not sent yet: please complete the %n marked field(s). Nothing you typed is lost.</source>
        <translation>
            <numerusform>The request is not sent yet: please complete the marked field. Nothing you typed is lost.</numerusform>
            <numerusform>The request is not sent yet: please complete the %n marked fields. Nothing you typed is lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request is not sent yet: some attachments cannot be sent (see below). Nothing you typed is lost.</source>
        <translation>The request is not sent yet: some attachments cannot be sent (see below). Nothing you typed is lost.</translation>
    </message>
    <message>
        <source>Support could not accept the request: %1</source>
        <translation>Support could not accept the request: %1</translation>
    </message>
    <message>
        <source>Support could not accept the request yet: please correct the marked field and send it again. Nothing you typed is lost.</source>
        <translation>Support could not accept the request yet: please correct the marked field and send it again. Nothing you typed is lost.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
</context>
<context>
    <name>sd::widgets::RequestKbHints</name>
    <message>
        <source>These articles may already answer your question (you can still send the request):</source>
        <translation>These articles may already answer your question (you can still send the request):</translation>
    </message>
</context>
<context>
    <name>sd::widgets::RequestStatus</name>
    <message>
        <source>Copy number</source>
        <translation>Copy number</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>Sending your request…</translation>
    </message>
    <message>
        <source>There is no connection to the support server right now. Your request is saved on this computer and will be sent by itself when the connection is back; there is no need to send it again.</source>
        <translation>There is no connection to the support server right now. Your request is saved on this computer and will be sent by itself when the connection is back; there is no need to send it again.</translation>
    </message>
    <message>
        <source>Your request has been received. Its number is %1: please give it whenever you contact support about this problem.</source>
        <translation>Your request has been received. Its number is %1: please give it whenever you contact support about this problem.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>sd::widgets::RequestThread</name>
    <message>
        <source>Choose a request in the list</source>
        <translation>Choose a request in the list</translation>
    </message>
    <message>
        <source>This request is no longer available here.</source>
        <translation>This request is no longer available here.</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>The support team is waiting for your reply.</source>
        <translation>The support team is waiting for your reply.</translation>
    </message>
    <message>
        <source>Next answer expected: %1</source>
        <translation>Next answer expected: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent: it goes out as soon as the connection allows.</source>
        <translation>Waiting to be sent: it goes out as soon as the connection allows.</translation>
    </message>
    <message>
        <source>This request is closed. A message written here starts a new request linked to it.</source>
        <translation>This request is closed. A message written here starts a new request linked to it.</translation>
    </message>
    <message>
        <source>Is the problem back? Write here and the support team takes the request up again.</source>
        <translation>Is the problem back? Write here and the support team takes the request up again.</translation>
    </message>
    <message>
        <source>Checking whether you have rated this request…</source>
        <translation>Checking whether you have rated this request…</translation>
    </message>
    <message>
        <source>You can rate this request once the connection to the support server is back.</source>
        <translation>You can rate this request once the connection to the support server is back.</translation>
    </message>
    <message>
        <source>Your message was not sent: %1</source>
        <translation>Your message was not sent: %1</translation>
    </message>
    <message>
        <source>Your rating was not sent: %1</source>
        <translation>Your rating was not sent: %1</translation>
    </message>
    <message>
        <source>The file was downloaded but no program opened it: %1</source>
        <translation>The file was downloaded but no program opened it: %1</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 could not be downloaded: %2</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Write a message…</translation>
    </message>
</context>
<context>
    <name>sd::widgets::SavedViewController</name>
    <message>
        <source>Saved views: %1 The change is kept here and sent when the connection is back.</source>
        <translation>Saved views: %1 The change is kept here and sent when the connection is back.</translation>
    </message>
    <message>
        <source>Saved views: %1</source>
        <translation>Saved views: %1</translation>
    </message>
    <message>
        <source>Save current view</source>
        <translation>Save current view</translation>
    </message>
    <message>
        <source>Name of the view (filter, sort and columns are saved):</source>
        <translation>Name of the view (filter, sort and columns are saved):</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Rename view</translation>
    </message>
    <message>
        <source>New name of the view:</source>
        <translation>New name of the view:</translation>
    </message>
</context>
<context>
    <name>sd::widgets::ScreenCapture</name>
    <message>
        <source>The screen could not be captured: this desktop does not let programs take screenshots. Take one with your system&apos;s screenshot tool, then paste it here with %1.</source>
        <translation>The screen could not be captured: this desktop does not let programs take screenshots. Take one with your system&apos;s screenshot tool, then paste it here with %1.</translation>
    </message>
    <message>
        <source>Drag a rectangle around the window you want to capture.</source>
        <translation>Drag a rectangle around the window you want to capture.</translation>
    </message>
    <message>
        <source>Drag a rectangle around the part you want to capture.</source>
        <translation>Drag a rectangle around the part you want to capture.</translation>
    </message>
</context>
<context>
    <name>sd::widgets::ScreenshotButton</name>
    <message>
        <source>Screenshot</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <source>Take a screenshot, mark it up and attach it</source>
        <translation>Take a screenshot, mark it up and attach it</translation>
    </message>
    <message>
        <source>Whole screen</source>
        <translation>Whole screen</translation>
    </message>
    <message>
        <source>A window…</source>
        <translation>A window…</translation>
    </message>
    <message>
        <source>An area…</source>
        <translation>An area…</translation>
    </message>
</context>
<context>
    <name>sd::widgets::ServerSetupDialog</name>
    <message>
        <source>Connect to technical support</source>
        <translation>Connect to technical support</translation>
    </message>
    <message>
        <source>Enter the address of your technical support&apos;s SupportDesk server. You find it in the support team&apos;s letters or get it from your administrator, for example https://support.example.com.</source>
        <translation>Enter the address of your technical support&apos;s SupportDesk server. You find it in the support team&apos;s letters or get it from your administrator, for example https://support.example.com.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. An address looks like https://support.example.com.</source>
        <translation>&quot;%1&quot; is not a server address. An address looks like https://support.example.com.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Something answers at %1, but it is not a SupportDesk server. Check the address with your technical support.</source>
        <translation>Something answers at %1, but it is not a SupportDesk server. Check the address with your technical support.</translation>
    </message>
    <message>
        <source>The SupportDesk server at %1 is running but cannot work right now (%2). Try again later or tell your technical support.</source>
        <translation>The SupportDesk server at %1 is running but cannot work right now (%2). Try again later or tell your technical support.</translation>
    </message>
    <message>
        <source>No SupportDesk server answers at %1. Check that the address is spelled right and that this computer is connected to the network; if it is, the server may be down, so try again later.
Details: %2</source>
        <translation>No SupportDesk server answers at %1. Check that the address is spelled right and that this computer is connected to the network; if it is, the server may be down, so try again later.
Details: %2</translation>
    </message>
</context>
<context>
    <name>sd::widgets::SlaAdminDialog</name>
    <message>
        <source>SLA administration</source>
        <translation>SLA administration</translation>
    </message>
    <message>
        <source>Only administrators can change calendars, SLA policies and escalation rules. You are seeing them read-only.</source>
        <translation>Only administrators can change calendars, SLA policies and escalation rules. You are seeing them read-only.</translation>
    </message>
    <message>
        <source>&amp;Calendars</source>
        <translation>&amp;Calendars</translation>
    </message>
    <message>
        <source>&amp;Policies</source>
        <translation>&amp;Policies</translation>
    </message>
    <message>
        <source>&amp;Escalation rules</source>
        <translation>&amp;Escalation rules</translation>
    </message>
</context>
<context>
    <name>sd::widgets::SlaCalendarTab</name>
    <message>
        <source>Calendar name</source>
        <translation>Calendar name</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validate</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Import production calendar…</source>
        <translation>&amp;Import production calendar…</translation>
    </message>
    <message>
        <source>Calendar saved.</source>
        <translation>Calendar saved.</translation>
    </message>
    <message>
        <source>Calendar removed.</source>
        <translation>Calendar removed.</translation>
    </message>
    <message>
        <source>The calendar is not valid: %1</source>
        <translation>The calendar is not valid: %1</translation>
    </message>
    <message>
        <source>The calendar is valid.</source>
        <translation>The calendar is valid.</translation>
    </message>
    <message>
        <source>New calendar</source>
        <translation>New calendar</translation>
    </message>
    <message>
        <source>Import production calendar</source>
        <translation>Import production calendar</translation>
    </message>
    <message>
        <source>Production calendars (*.csv *.json);;All files (*)</source>
        <translation>Production calendars (*.csv *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Fix the calendar before importing: %1</source>
        <translation>Fix the calendar before importing: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>Cannot import %1: %2</translation>
    </message>
    <message>
        <source>Production calendar %1 merged; save to store it.</source>
        <translation>Production calendar %1 merged; save to store it.</translation>
    </message>
</context>
<context>
    <name>sd::widgets::SlaEscalationTab</name>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Notify supervisors</source>
        <translation>Notify supervisors</translation>
    </message>
    <message>
        <source>Raise priority</source>
        <translation>Raise priority</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Escalation rules saved.</source>
        <translation>Escalation rules saved.</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(any)</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>breach</source>
        <translation>breach</translation>
    </message>
    <message>
        <source>Escalation rule removed.</source>
        <translation>Escalation rule removed.</translation>
    </message>
</context>
<context>
    <name>sd::widgets::SlaPolicyTab</name>
    <message>
        <source>Support level</source>
        <translation>Support level</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>First response, min</source>
        <translation>First response, min</translation>
    </message>
    <message>
        <source>Next response, min</source>
        <translation>Next response, min</translation>
    </message>
    <message>
        <source>Resolution, min</source>
        <translation>Resolution, min</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Policy saved.</source>
        <translation>Policy saved.</translation>
    </message>
    <message>
        <source>Policy removed.</source>
        <translation>Policy removed.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>sd::widgets::SlaRowsTab</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Save row</source>
        <translation>&amp;Save row</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
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
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connected to SupportDesk</source>
        <translation>Connected to SupportDesk</translation>
    </message>
    <message>
        <source>The server cannot reach its database</source>
        <translation>The server cannot reach its database</translation>
    </message>
    <message>
        <source>Server: %1
Server version: %2
Database: %3, schema version %4</source>
        <translation>Server: %1
Server version: %2
Database: %3, schema version %4</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>No database</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
</context>
<context>
    <name>sd::widgets::SubmitLauncher</name>
    <message>
        <source>SupportDesk: technical support</source>
        <translation>SupportDesk: technical support</translation>
    </message>
    <message>
        <source>Contacting %1</source>
        <translation>Contacting %1</translation>
    </message>
    <message>
        <source>Technical support cannot be reached right now, and this computer has not signed in to it before, so nothing can be sent yet. Check the network connection and try again later.
%1</source>
        <translation>Technical support cannot be reached right now, and this computer has not signed in to it before, so nothing can be sent yet. Check the network connection and try again later.
%1</translation>
    </message>
    <message>
        <source>This is an account of the support team. Please sign in with your customer account; the support team works in the SupportDesk workstation.</source>
        <translation>This is an account of the support team. Please sign in with your customer account; the support team works in the SupportDesk workstation.</translation>
    </message>
    <message>
        <source>This computer has no password store, so you stay signed in only until the window closes.</source>
        <translation>This computer has no password store, so you stay signed in only until the window closes.</translation>
    </message>
    <message>
        <source>Technical support cannot be reached right now and your sign-in is not saved on this computer. Try again when the connection is back.</source>
        <translation>Technical support cannot be reached right now and your sign-in is not saved on this computer. Try again when the connection is back.</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Signing in as %1…</translation>
    </message>
    <message>
        <source>Sign in with the customer account your technical support gave you.</source>
        <translation>Sign in with the customer account your technical support gave you.</translation>
    </message>
    <message>
        <source>Technical support cannot be reached right now. Opening your requests as this computer last saw them…</source>
        <translation>Technical support cannot be reached right now. Opening your requests as this computer last saw them…</translation>
    </message>
    <message>
        <source>Please sign in again. Nothing you wrote is lost: it waits on this computer and is sent once you are signed in.</source>
        <translation>Please sign in again. Nothing you wrote is lost: it waits on this computer and is sent once you are signed in.</translation>
    </message>
</context>
<context>
    <name>sd::widgets::SubmitWindow</name>
    <message>
        <source>SupportDesk: technical support</source>
        <translation>SupportDesk: technical support</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>My requests</translation>
    </message>
    <message>
        <source>A request you sent earlier has not reached support yet. It is kept on this computer and will be sent when the connection is back.</source>
        <translation>A request you sent earlier has not reached support yet. It is kept on this computer and will be sent when the connection is back.</translation>
    </message>
    <message>
        <source>Your request sent earlier has reached support. Its number is %1.</source>
        <translation>Your request sent earlier has reached support. Its number is %1.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
    <message>
        <source>Offline: what you send is kept on this computer until the connection is back.</source>
        <translation>Offline: what you send is kept on this computer until the connection is back.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n request waiting to be sent.</numerusform>
            <numerusform>%n requests waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Support could not accept a request you sent earlier: %1 It comes back to the form to be corrected as soon as you start a new request.</source>
        <translation>Support could not accept a request you sent earlier: %1 It comes back to the form to be corrected as soon as you start a new request.</translation>
    </message>
    <message>
        <source>Support could not accept a request you sent earlier: %1 It is back on the form: please correct it and send it again.</source>
        <translation>Support could not accept a request you sent earlier: %1 It is back on the form: please correct it and send it again.</translation>
    </message>
</context>
<context>
    <name>sd::widgets::SyncStatus</name>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Offline — changes are kept and sent later</source>
        <translation>Offline — changes are kept and sent later</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>Offline — %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>First sync: %1 of %2 tickets</source>
        <translation>First sync: %1 of %2 tickets</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>All changes sent</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) your attention</source>
        <translation>
            <numerusform>%n needs your attention</numerusform>
            <numerusform>%n need your attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::widgets::TicketProperties</name>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Assign to me</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Comma-separated</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Queue:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Assignee:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>OS:</source>
        <translation>OS:</translation>
    </message>
    <message>
        <source>Affected users:</source>
        <translation>Affected users:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>No queue</source>
        <translation>No queue</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
</context>
<context>
    <name>sd::widgets::TicketTableModel</name>
    <message>
        <source>(not sent yet)</source>
        <translation>(not sent yet)</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, due %3</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Waiting to be sent to the server</source>
        <translation>Waiting to be sent to the server</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>sd::widgets::TicketTablePane</name>
    <message>
        <source>Filter by number, subject, requester or organisation (Ctrl+F)</source>
        <translation>Filter by number, subject, requester or organisation (Ctrl+F)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Column filters on — clear</source>
        <translation>Column filters on — clear</translation>
    </message>
    <message>
        <source>Some columns show only chosen values (right-click a column header to change them)</source>
        <translation>Some columns show only chosen values (right-click a column header to change them)</translation>
    </message>
    <message>
        <source>Clear column filters</source>
        <translation>Clear column filters</translation>
    </message>
    <message>
        <source>Show only</source>
        <translation>Show only</translation>
    </message>
    <message>
        <source>Contains…</source>
        <translation>Contains…</translation>
    </message>
    <message>
        <source>Show rows whose %1 contains:</source>
        <translation>Show rows whose %1 contains:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>sd::widgets::TicketView</name>
    <message>
        <source>waiting to be sent</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <source>Select a ticket</source>
        <translation>Select a ticket</translation>
    </message>
    <message>
        <source>%1: %2 (due %3)</source>
        <translation>%1: %2 (due %3)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>The SLA clock is paused while the ticket waits for the customer.</source>
        <translation>The SLA clock is paused while the ticket waits for the customer.</translation>
    </message>
    <message>
        <source>This ticket is no longer in your replica.</source>
        <translation>This ticket is no longer in your replica.</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(not sent yet)</translation>
    </message>
    <message>
        <source>Requester: %1</source>
        <translation>Requester: %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Contract #%1</source>
        <translation>Contract #%1</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Changes waiting to be sent</translation>
    </message>
    <message>
        <source>New ticket from this message</source>
        <translation>New ticket from this message</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %1 is writing a reply to this ticket right now.</source>
        <translation>
            <numerusform>⚠ %1 is writing a reply to this ticket right now.</numerusform>
            <numerusform>⚠ %1 are writing replies to this ticket right now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is looking at this ticket too.</source>
        <translation>
            <numerusform>%1 is looking at this ticket too.</numerusform>
            <numerusform>%1 are looking at this ticket too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>ticket %1</translation>
    </message>
    <message>
        <source>related</source>
        <translation>related</translation>
    </message>
    <message>
        <source>duplicate of</source>
        <translation>duplicate of</translation>
    </message>
    <message>
        <source>has a duplicate</source>
        <translation>has a duplicate</translation>
    </message>
    <message>
        <source>parent of</source>
        <translation>parent of</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>part of</translation>
    </message>
    <message>
        <source>Linked:</source>
        <translation>Linked:</translation>
    </message>
</context>
<context>
    <name>sd::widgets::ViewList</name>
    <message>
        <source>My open</source>
        <translation>My open</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Breaching soon</source>
        <translation>Breaching soon</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>Pending customer</translation>
    </message>
    <message>
        <source>In development</source>
        <translation>In development</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <source>Recently resolved</source>
        <translation>Recently resolved</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>not saved</translation>
    </message>
    <message>
        <source>Not on the server yet: it is sent when the connection is back.</source>
        <translation>Not on the server yet: it is sent when the connection is back.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>sd::widgets::WorkstationLauncher</name>
    <message>
        <source>Workstation connected to %1</source>
        <translation>Workstation connected to %1</translation>
    </message>
    <message>
        <source>Starting the local server with its database in %1</source>
        <translation>Starting the local server with its database in %1</translation>
    </message>
    <message>
        <source>Contacting %1</source>
        <translation>Contacting %1</translation>
    </message>
    <message>
        <source>No keychain is available: you stay signed in until the workstation closes, and will be asked again next time.</source>
        <translation>No keychain is available: you stay signed in until the workstation closes, and will be asked again next time.</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Signing in as %1…</translation>
    </message>
    <message>
        <source>This is the private local server with demo data. Demo accounts: agent.ivanov (password demo-agent.ivanov), supervisor (demo-supervisor), admin (demo-admin).</source>
        <translation>This is the private local server with demo data. Demo accounts: agent.ivanov (password demo-agent.ivanov), supervisor (demo-supervisor), admin (demo-admin).</translation>
    </message>
    <message>
        <source>The server no longer accepts your session. Sign in again; nothing you wrote is lost, it waits in the outbox.</source>
        <translation>The server no longer accepts your session. Sign in again; nothing you wrote is lost, it waits in the outbox.</translation>
    </message>
</context>
</TS>
