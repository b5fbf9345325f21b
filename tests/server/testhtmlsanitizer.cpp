#include "server/htmlsanitizer.h"

#include <QRegularExpression>
#include <QtTest>

using sd::server::HtmlSanitizer;
using sd::server::SanitizedHtml;
using namespace Qt::StringLiterals;

namespace {

HtmlSanitizer::Options withAttachments(std::initializer_list<qint64> ids)
{
    HtmlSanitizer::Options options;
    options.allowedAttachmentIds = QSet<qint64>(ids);
    return options;
}

// Whatever the input, none of this may reach a client.
void verifyNothingActive(const QString &html)
{
    static const QRegularExpression handler(u"<[^>]*\\son[a-z]+\\s*="_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression activeTag(
        u"<(script|style|iframe|object|embed|svg|base|meta)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!handler.match(html).hasMatch(), qPrintable(html));
    QVERIFY2(!activeTag.match(html).hasMatch(), qPrintable(html));
    QVERIFY2(!html.contains(u"javascript:"_s, Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(!html.contains(u"url("_s, Qt::CaseInsensitive), qPrintable(html));
}

const QString kRel = u" rel=\"noopener noreferrer nofollow\""_s;

// Scripts, in the forms the OWASP filter evasion cheat sheet lists.
void addScriptRows()
{
    QTest::addRow("script") << u"<p>Hi<script>alert(1)</script></p>"_s << u"<p>Hi</p>"_s
                            << QStringList{u"script"_s};
    QTest::addRow("script mixed case")
        << u"<ScRiPt>alert(1)</sCrIpT>ok"_s << u"ok"_s << QStringList{u"script"_s};
    QTest::addRow("script remote src") << u"<SCRIPT SRC=http://xss.example/xss.js></SCRIPT>text"_s
                                       << u"text"_s << QStringList{u"script"_s};
    QTest::addRow("script unclosed")
        << u"<p>a<script>alert(1)"_s << u"<p>a</p>"_s << QStringList{u"script"_s};
    QTest::addRow("script split by tag") << u"<scr<script>ipt>alert(1)</script>"_s
                                         << u"ipt&gt;alert(1)"_s << QStringList{u"scrscript"_s};
    QTest::addRow("noscript title mXSS")
        << u"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"_s << u"<p></p>"_s
        << QStringList{u"noscript"_s, u"title"_s};
}

// Event handlers.
void addHandlerRows()
{
    QTest::addRow("img onerror") << u"<img src=x onerror=alert(1)>"_s << QString()
                                 << QStringList{u"onerror"_s, u"unsafe image"_s};
    QTest::addRow("handlers on kept element")
        << u"<p onclick=\"alert(1)\" ONMOUSEOVER=x>t</p>"_s << u"<p>t</p>"_s
        << QStringList{u"onclick"_s, u"onmouseover"_s};
    QTest::addRow("handler after quoted value")
        << u"<a href=\"http://a.example/\"onmouseover=\"alert(1)\">x</a>"_s
        << u"<a href=\"http://a.example/\""_s + kRel + u">x</a>"_s << QStringList{u"onmouseover"_s};
    QTest::addRow("body onload") << u"<body onload=\"alert(1)\"><p>x</p></body>"_s << u"<p>x</p>"_s
                                 << QStringList{u"onload"_s};
    QTest::addRow("svg onload") << u"<svg onload=alert(1)><circle r=\"1\"/></svg>after"_s
                                << u"after"_s << QStringList{u"svg"_s};
}

// Link schemes, with the case, entity and whitespace tricks browsers forgive.
void addLinkRows()
{
    const QString bareLink = u"<a>x</a>"_s;
    const QStringList unsafeLink{u"unsafe link"_s};
    QTest::addRow("javascript link")
        << u"<a href=\"javascript:alert(1)\">x</a>"_s << bareLink << unsafeLink;
    QTest::addRow("javascript upper case")
        << u"<a href=\"JaVaScRiPt:alert(1)\">x</a>"_s << bareLink << unsafeLink;
    QTest::addRow("javascript tab entity")
        << u"<a href=\"jav&#x09;ascript:alert(1)\">x</a>"_s << bareLink << unsafeLink;
    QTest::addRow("javascript newline entity")
        << u"<a href=\"jav&#x0A;ascript:alert(1)\">x</a>"_s << bareLink << unsafeLink;
    QTest::addRow("javascript raw newline")
        << u"<a href=\"java\nscript:alert(1)\">x</a>"_s << bareLink << unsafeLink;
    QTest::addRow("javascript leading control")
        << u"<a href=\" &#14;  javascript:alert(1)\">x</a>"_s << bareLink << unsafeLink;
    QTest::addRow("javascript decimal entities")
        << u"<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>"_s
        << bareLink << unsafeLink;
    QTest::addRow("javascript colon entity")
        << u"<a href=\"javascript&colon;alert(1)\">x</a>"_s << bareLink << unsafeLink;
    QTest::addRow("javascript fullwidth")
        << u"<a href=\"ｊａｖａｓｃｒｉｐｔ:alert(1)\">x</a>"_s << bareLink << unsafeLink;
    QTest::addRow("vbscript") << u"<a href=\"vbscript:msgbox(1)\">x</a>"_s << bareLink
                              << unsafeLink;
    QTest::addRow("data html link")
        << u"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>"_s
        << bareLink << unsafeLink;
    QTest::addRow("relative link") << u"<a href=\"/tickets/1\">x</a>"_s << bareLink << unsafeLink;
    QTest::addRow("https link, target and rel replaced")
        << u"<a href=\"https://example.com/a?b=1&amp;c=2\" target=\"_blank\" rel=\"opener\">x</a>"_s
        << u"<a href=\"https://example.com/a?b=1&amp;c=2\""_s + kRel + u">x</a>"_s
        << QStringList{u"target"_s};
    QTest::addRow("mailto link")
        << u"<a href=\"MAILTO:support@example.com\" title=\"Write\">m</a>"_s
        << u"<a href=\"MAILTO:support@example.com\" title=\"Write\""_s + kRel + u">m</a>"_s
        << QStringList();
}

// Embedded and remote content.
void addEmbeddedRows()
{
    QTest::addRow("iframe") << u"<iframe src=\"javascript:alert(1)\"></iframe>text"_s << u"text"_s
                            << QStringList{u"iframe"_s};
    QTest::addRow("object and embed")
        << u"<object data=\"x.swf\"><param name=a value=b></object><embed src=\"x.swf\">t"_s
        << u"t"_s << QStringList{u"object"_s, u"embed"_s};
    QTest::addRow("base")
        << u"<base href=\"http://evil.example/\"><a href=\"http://ok.example/\">x</a>"_s
        << u"<a href=\"http://ok.example/\""_s + kRel + u">x</a>"_s << QStringList{u"base"_s};
    QTest::addRow("meta refresh")
        << u"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">text"_s << u"text"_s
        << QStringList{u"meta"_s};
    QTest::addRow("remote image tracking pixel")
        << u"<p>x<img src=\"https://tracker.example/p.gif\" width=1 height=1></p>"_s
        << u"<p>x</p>"_s << QStringList{u"remote image"_s};
    QTest::addRow("protocol-relative image") << u"<img src=\"//tracker.example/p.gif\">"_s
                                             << QString() << QStringList{u"remote image"_s};
    QTest::addRow("svg data image") << u"<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">"_s
                                    << QString() << QStringList{u"unsafe image"_s};
    QTest::addRow("pasted png screenshot")
        << u"<img src=\"DATA:image/PNG;base64,iVBORw0KGgo=\" alt=\"shot\">"_s
        << u"<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"shot\">"_s << QStringList();
    QTest::addRow("attachment image")
        << u"<img src=\"attachment:42\" alt=\"скриншот\" width=\"640\" height=\"0\">"_s
        << u"<img src=\"attachment:42\" alt=\"скриншот\" width=\"640\">"_s
        << QStringList{u"height"_s};
    QTest::addRow("attachment api path")
        << u"<img src=\"/api/v1/attachments/7\">"_s << u"<img src=\"/api/v1/attachments/7\">"_s
        << QStringList();
    QTest::addRow("foreign attachment") << u"<img src=\"attachment:99\">"_s << QString()
                                        << QStringList{u"foreign attachment image"_s};
}

// CSS.
void addStyleRows()
{
    QTest::addRow("style expression")
        << u"<span style=\"width: expression(alert(1)); color: red\">x</span>"_s
        << u"<span style=\"color: #ff0000\">x</span>"_s << QStringList{u"style width"_s};
    QTest::addRow("style url")
        << u"<div style=\"background-color: Red; background-image: url(http://e.example/p.png)\">x</div>"_s
        << u"<div style=\"background-color: #ff0000\">x</div>"_s
        << QStringList{u"style background-image"_s};
    QTest::addRow("style url as colour")
        << u"<span style=\"color: url(javascript:alert(1))\">x</span>"_s << u"<span>x</span>"_s
        << QStringList{u"style color"_s};
    QTest::addRow("style display none") << u"<p style=\"DISPLAY:none\">secret</p>"_s
                                        << u"<p>secret</p>"_s << QStringList{u"style display"_s};
    QTest::addRow("style hiding tricks")
        << u"<span style=\"visibility:hidden;opacity:0;position:absolute;font-size:0\">t</span>"_s
        << u"<span>t</span>"_s
        << QStringList{u"style visibility"_s, u"style opacity"_s, u"style position"_s,
                       u"style font-size"_s};
    QTest::addRow("style comment and escape")
        << u"<b style=\"col/**/or: red; color: \\72 ed; font-weight: bold\">x</b>"_s
        << u"<b style=\"font-weight: bold\">x</b>"_s << QStringList{u"style color"_s};
    QTest::addRow("white on default white")
        << u"<span style=\"color:#FFF\">hidden</span>"_s << u"<span>hidden</span>"_s
        << QStringList{u"style color hiding text"_s};
    QTest::addRow("colour equal to background")
        << u"<span style=\"color: rgb(0, 0, 255); background-color: blue\">x</span>"_s
        << u"<span style=\"background-color: #0000ff\">x</span>"_s
        << QStringList{u"style color hiding text"_s};
    QTest::addRow("background of child hides inherited colour")
        << u"<div style=\"color:white;background-color:black\"><span style=\"background-color:#fff\">x</span></div>"_s
        << u"<div style=\"color: #ffffff; background-color: #000000\"><span>x</span></div>"_s
        << QStringList{u"style background-color hiding text"_s};
    QTest::addRow("harmless style kept")
        << u"<p style=\"text-align: center; font-style: italic; text-decoration: underline\">x</p>"_s
        << u"<p style=\"font-style: italic; text-decoration: underline; text-align: center\">x</p>"_s
        << QStringList();
    QTest::addRow("style element")
        << u"<style>p{display:none}</style><p>x</p>"_s << u"<p>x</p>"_s << QStringList{u"style"_s};
}

// Comments and CDATA.
void addCommentRows()
{
    QTest::addRow("comment") << u"a<!-- <script>alert(1)</script> -->b"_s << u"ab"_s
                             << QStringList{u"comment"_s};
    QTest::addRow("conditional comment")
        << u"<!--[if gte IE 4]><script>alert(1)</script><![endif]-->x"_s << u"x"_s
        << QStringList{u"comment"_s};
    QTest::addRow("cdata") << u"<![CDATA[<script>alert(1)</script>]]>"_s << u"alert(1)]]&gt;"_s
                           << QStringList{u"comment"_s};
}

// Structure: what the parser repairs stays repaired, unknown elements are unwrapped.
void addStructureRows()
{
    QTest::addRow("misnested formatting")
        << u"<b><i>bold italic</b> italic"_s << u"<b><i>bold italic</i></b><i> italic</i>"_s
        << QStringList();
    QTest::addRow("unclosed list items")
        << u"<ul><li>one<li>two</ul>"_s << u"<ul><li>one</li><li>two</li></ul>"_s << QStringList();
    QTest::addRow("unknown elements unwrapped")
        << u"<font color=\"red\" face=\"x\">t</font><center>c</center><x-widget onclick=\"a()\">w</x-widget>"_s
        << u"tcw"_s << QStringList{u"font"_s, u"center"_s, u"x-widget"_s};
    QTest::addRow("form controls")
        << u"<form action=\"http://evil.example\"><input name=a value=b><button onclick=x>Go</button><select><option>o</option></select><textarea>t</textarea>txt</form>"_s
        << u"txt"_s << QStringList{u"form"_s, u"input"_s, u"button"_s, u"select"_s, u"textarea"_s};
    QTest::addRow("list item freed from unwrapped section")
        << u"<ul><li>a<section><li>b</li></section></li></ul>"_s
        << u"<ul><li>a</li><li>b</li></ul>"_s << QStringList{u"section"_s};
    QTest::addRow("ordered list start")
        << u"<ol start=\" 3\" type=\"a\"><li>x</li></ol>"_s << u"<ol start=\"3\"><li>x</li></ol>"_s
        << QStringList{u"type"_s};
    QTest::addRow("pre keeps leading newline")
        << u"<pre>\n\nline</pre>"_s << u"<pre>\n\nline</pre>"_s << QStringList();
}

// Text.
void addTextRows()
{
    QTest::addRow("cyrillic") << u"<p>Привет, мир! Ёлка — «ёж», Щука.</p>"_s
                              << u"<p>Привет, мир! Ёлка — «ёж», Щука.</p>"_s << QStringList();
    QTest::addRow("text escaping")
        << u"<p>a &lt; b &amp;&amp; c &gt; d \"q\"&nbsp;!</p>"_s
        << u"<p>a &lt; b &amp;&amp; c &gt; d \"q\"&nbsp;!</p>"_s << QStringList();
    QTest::addRow("attribute escaping")
        << u"<a href=\"https://e.example/?q=&quot;x&quot;\" title='say \"hi\" & <bye>'>x</a>"_s
        << u"<a href=\"https://e.example/?q=&quot;x&quot;\" title=\"say &quot;hi&quot; &amp; &lt;bye&gt;\""_s +
               kRel + u">x</a>"_s
        << QStringList();
    QTest::addRow("table")
        << u"<table><caption>Итог</caption><tr><th colspan=\"2\">A</th></tr><tr><td rowspan=2 onclick=x>1</td><td colspan=0>2</td></tr></table>"_s
        << u"<table><caption>Итог</caption><tbody><tr><th colspan=\"2\">A</th></tr><tr><td rowspan=\"2\">1</td><td>2</td></tr></tbody></table>"_s
        << QStringList{u"onclick"_s, u"colspan"_s};
    QTest::addRow("empty") << QString() << QString() << QStringList();
}

} // namespace

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void sanitizes_data();
    void sanitizes();
    void keepsOnlyAllowedAttachments();
    void refusesMarkupBeyondParserLimits_data();
    void refusesMarkupBeyondParserLimits();
    void plainText_data();
    void plainText();
    void fromPlainText_data();
    void fromPlainText();
};

void TestHtmlSanitizer::sanitizes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("removed"); // must all be reported; none means unchanged

    addScriptRows();
    addHandlerRows();
    addLinkRows();
    addEmbeddedRows();
    addStyleRows();
    addCommentRows();
    addStructureRows();
    addTextRows();
}

void TestHtmlSanitizer::sanitizes()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QStringList, removed);

    const SanitizedHtml result = HtmlSanitizer::sanitize(input, withAttachments({7, 42}));
    QCOMPARE(result.html, expected);
    for (const QString &what : std::as_const(removed))
        QVERIFY2(result.removed.contains(what), qPrintable(result.removed.join(u", "_s)));
    QCOMPARE(result.changed, !removed.isEmpty());
    QCOMPARE(result.changed, !result.removed.isEmpty());
    QCOMPARE(result.text, HtmlSanitizer::plainText(input));
    verifyNothingActive(result.html);

    const SanitizedHtml again = HtmlSanitizer::sanitize(result.html, withAttachments({7, 42}));
    QCOMPARE(again.html, result.html);
    QCOMPARE(again.text, result.text);
    QVERIFY2(!again.changed, qPrintable(again.removed.join(u", "_s)));
}

void TestHtmlSanitizer::keepsOnlyAllowedAttachments()
{
    const QString html = u"<p><img src=\"attachment:7\"><img src=\"/api/v1/attachments/8\"></p>"_s;

    QCOMPARE(HtmlSanitizer::sanitize(html, withAttachments({7, 8})).html, html);
    const SanitizedHtml onlySeven = HtmlSanitizer::sanitize(html, withAttachments({7}));
    QCOMPARE(onlySeven.html, u"<p><img src=\"attachment:7\"></p>"_s);
    QCOMPARE(onlySeven.removed, QStringList{u"foreign attachment image"_s});
    QCOMPARE(HtmlSanitizer::sanitize(html).html, u"<p></p>"_s);
}

void TestHtmlSanitizer::refusesMarkupBeyondParserLimits_data()
{
    QTest::addColumn<QString>("input");

    QString deep;
    for (int i = 0; i < 600; ++i)
        deep += u"<div>"_s;
    QTest::addRow("nesting deeper than browsers render") << deep + u"x"_s;

    // Every <p> re-opens all 3,000 formatting elements: 53 kB become nine million elements,
    // which without a budget exhausts memory and crashes gumbo.
    QString amplifying = u"<div>"_s;
    for (int i = 0; i < 3000; ++i)
        amplifying += u"<b id=%1>"_s.arg(i);
    amplifying += u"</div>"_s;
    for (int i = 0; i < 3000; ++i)
        amplifying += u"<p>x</p>"_s;
    QTest::addRow("formatting element amplification") << amplifying;
}

void TestHtmlSanitizer::refusesMarkupBeyondParserLimits()
{
    QFETCH(QString, input);

    QElapsedTimer timer;
    timer.start();
    const SanitizedHtml result = HtmlSanitizer::sanitize(input);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(result.changed);
    QCOMPARE(result.removed.value(0), u"markup beyond parser limits"_s);
    // Kept as visible text, not as markup.
    QVERIFY(!result.html.contains(u"<div"_s));
    QVERIFY(result.html.startsWith(u"<p>&lt;div&gt;"_s));
    QCOMPARE(result.text, input);
    QCOMPARE(HtmlSanitizer::sanitize(result.html).html, result.html);
}

void TestHtmlSanitizer::plainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::addRow("paragraphs") << u"<p>one</p><p>two</p>"_s << u"one\n\ntwo"_s;
    QTest::addRow("line breaks") << u"a<br>b<br/>c"_s << u"a\nb\nc"_s;
    QTest::addRow("break ending a paragraph") << u"<p>a<br></p><p>b</p>"_s << u"a\n\nb"_s;
    QTest::addRow("divs") << u"<div>a</div><div>b</div>"_s << u"a\nb"_s;
    QTest::addRow("heading") << u"<h1>Title</h1><p>Body</p>"_s << u"Title\n\nBody"_s;
    QTest::addRow("list") << u"<p>Steps:</p><ul><li>one</li><li>two</li></ul><p>end</p>"_s
                          << u"Steps:\n\n- one\n- two\n\nend"_s;
    QTest::addRow("ordered list") << u"<ol start=\"3\"><li>c</li><li>d</li></ol>"_s
                                  << u"3. c\n4. d"_s;
    QTest::addRow("nested list") << u"<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>"_s
                                 << u"- a\n  - b\n- c"_s;
    QTest::addRow("whitespace collapsed") << u"<p>  a \n\t b  </p>"_s << u"a b"_s;
    QTest::addRow("pre kept") << u"<pre>x  y\n  z</pre>"_s << u"x  y\n  z"_s;
    QTest::addRow("table")
        << u"<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>"_s
        << u"a\tb\nc\td"_s;
    QTest::addRow("entities and cyrillic")
        << u"<p>Ёж &amp; &lt;ёлка&gt;&nbsp;!</p>"_s << u"Ёж & <ёлка> !"_s;
    QTest::addRow("script is not text") << u"<p>a</p><script>var x = 1;</script>"_s << u"a"_s;
    QTest::addRow("inline elements")
        << u"<p>a <b>bold</b> and <i>it</i>.</p>"_s << u"a bold and it."_s;
}

void TestHtmlSanitizer::plainText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);

    QCOMPARE(HtmlSanitizer::plainText(html), text);
}

void TestHtmlSanitizer::fromPlainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("roundTrip"); // plainText() of the HTML

    QTest::addRow("escaping") << u"a < b & c > d"_s << u"<p>a &lt; b &amp; c &gt; d</p>"_s
                              << u"a < b & c > d"_s;
    QTest::addRow("markup stays text")
        << u"<script>alert(1)</script>"_s << u"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"_s
        << u"<script>alert(1)</script>"_s;
    QTest::addRow("line break") << u"line1\nline2"_s << u"<p>line1<br>line2</p>"_s
                                << u"line1\nline2"_s;
    QTest::addRow("paragraphs") << u"p1\n\n\np2\n"_s << u"<p>p1</p><p>p2</p>"_s << u"p1\n\np2"_s;
    QTest::addRow("crlf") << u"crlf\r\nnext\r\n  \r\nthird"_s
                          << u"<p>crlf<br>next</p><p>third</p>"_s << u"crlf\nnext\n\nthird"_s;
    QTest::addRow("cyrillic") << u"Здравствуйте!\nНе работает печать."_s
                              << u"<p>Здравствуйте!<br>Не работает печать.</p>"_s
                              << u"Здравствуйте!\nНе работает печать."_s;
    QTest::addRow("empty") << QString() << QString() << QString();
}

void TestHtmlSanitizer::fromPlainText()
{
    QFETCH(QString, text);
    QFETCH(QString, html);
    QFETCH(QString, roundTrip);

    QCOMPARE(HtmlSanitizer::fromPlainText(text), html);
    const SanitizedHtml sanitized = HtmlSanitizer::sanitize(html);
    QCOMPARE(sanitized.html, html);
    QVERIFY(!sanitized.changed);
    QCOMPARE(sanitized.text, roundTrip);
}

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "testhtmlsanitizer.moc"
