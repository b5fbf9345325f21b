// GLib names a struct member "signals", which Qt defines as a macro: GMime comes first.
#include <gmime/gmime.h>

#include "mailparser.h"

#include "htmlsanitizer.h"

#include <QMimeDatabase>

#include <memory>
#include <mutex>

namespace sd::server {

namespace {

// Deeper nesting is not mail a person sent; its parts are skipped rather than risk the stack.
constexpr int kMaxDepth = 32;

struct GObjectDeleter
{
    void operator()(void *object) const { g_object_unref(object); }
};
template <typename T> using GPtr = std::unique_ptr<T, GObjectDeleter>;

struct ParserOptionsDeleter
{
    void operator()(GMimeParserOptions *options) const { g_mime_parser_options_free(options); }
};

void initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

// Raw 8-bit headers are read the way decodeText reads bodies.
std::unique_ptr<GMimeParserOptions, ParserOptionsDeleter> parserOptions()
{
    std::unique_ptr<GMimeParserOptions, ParserOptionsDeleter> options(g_mime_parser_options_new());
    const char *fallback[] = {"UTF-8", "windows-1251", nullptr};
    g_mime_parser_options_set_fallback_charsets(options.get(), fallback);
    return options;
}

QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text).trimmed() : QString();
}

QByteArray decodedContent(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, stream.get());
    const GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

QByteArray serialized(GMimeObject *object)
{
    GPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(object, nullptr, stream.get());
    const GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

std::optional<QString> convert(const QByteArray &bytes, const char *charset)
{
    gsize written = 0;
    GError *error = nullptr;
    gchar *utf8 = g_convert(bytes.constData(), gssize(bytes.size()), "UTF-8", charset, nullptr,
                            &written, &error);
    if (!utf8) {
        g_clear_error(&error);
        return std::nullopt;
    }
    QString text = QString::fromUtf8(utf8, qsizetype(written));
    g_free(utf8);
    return text;
}

QList<MailAddress> addresses(InternetAddressList *list)
{
    QList<MailAddress> result;
    const int count = list ? internet_address_list_length(list) : 0;
    for (int i = 0; i < count; ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            result +=
                addresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)));
        } else if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
            const char *addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address));
            result.append({fromUtf8(addr), fromUtf8(internet_address_get_name(address))});
        }
    }
    return result;
}

QString headerValue(GMimeObject *object, const char *name)
{
    return fromUtf8(g_mime_object_get_header(object, name));
}

QString stripAngles(QString id)
{
    id = id.trimmed();
    if (id.startsWith(u'<'))
        id.remove(0, 1);
    if (id.endsWith(u'>'))
        id.chop(1);
    return id;
}

QStringList messageIds(GMimeObject *object, const char *header)
{
    QStringList ids;
    const char *value = g_mime_object_get_header(object, header);
    if (!value)
        return ids;
    GMimeReferences *references = g_mime_references_parse(nullptr, value);
    if (!references)
        return ids;
    for (int i = 0; i < g_mime_references_length(references); ++i)
        ids.append(fromUtf8(g_mime_references_get_message_id(references, i)));
    g_mime_references_free(references);
    return ids;
}

QString mimeTypeOf(GMimeObject *object)
{
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (!type)
        return QStringLiteral("application/octet-stream");
    gchar *mime = g_mime_content_type_get_mime_type(type);
    QString result = QString::fromUtf8(mime).toLower();
    g_free(mime);
    return result;
}

bool isAttachmentDisposition(GMimeObject *object)
{
    const char *disposition = g_mime_object_get_disposition(object);
    return disposition && g_ascii_strcasecmp(disposition, "attachment") == 0;
}

// A name from the sender is untrusted: no folders, no control characters, no hidden files.
QString safeFileName(const QString &name)
{
    QString base = name;
    base.replace(u'\\', u'/');
    base = base.section(u'/', -1);
    QString clean;
    for (const QChar c : std::as_const(base)) {
        if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            clean.append(c);
    }
    clean = clean.trimmed();
    while (clean.startsWith(u'.'))
        clean.remove(0, 1);
    return clean.left(200);
}

QString fallbackFileName(const QString &mimeType, int index)
{
    if (mimeType == u"application/ms-tnef" || mimeType == u"application/vnd.ms-tnef")
        return QStringLiteral("winmail.dat");
    const QString suffix = QMimeDatabase().mimeTypeForName(mimeType).preferredSuffix();
    const QString base = QStringLiteral("attachment-%1").arg(index);
    return suffix.isEmpty() ? base : base + u'.' + suffix;
}

} // namespace

QString MailParser::decodeText(const QByteArray &bytes, const char *charset)
{
    if (charset && *charset) {
        if (auto text = convert(bytes, g_mime_charset_iconv_name(charset)))
            return *std::move(text);
    }
    if (g_utf8_validate(bytes.constData(), gssize(bytes.size()), nullptr))
        return QString::fromUtf8(bytes);
    if (auto text = convert(bytes, "WINDOWS-1251"))
        return *std::move(text);
    return QString::fromLatin1(bytes);
}

MailParser::Result MailParser::parse(const QByteArray &raw)
{
    initGMime();
    GPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(raw.constData(), size_t(raw.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    const auto options = parserOptions();
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options.get()));
    // GMime reads anything as a message; text without a single header is not one.
    if (!message || g_mime_header_list_get_count(GMIME_OBJECT(message.get())->headers) == 0)
        return {std::nullopt, tr("The data is not an e-mail message.")};
    MailParser reader;
    reader.readHeaders(message.get());
    if (GMimeObject *body = g_mime_message_get_mime_part(message.get()))
        reader.visit(body, 0);
    reader.deriveTextBody();
    return {std::move(reader.m_message), {}};
}

void MailParser::readHeaders(GMimeMessage *message)
{
    GMimeObject *object = GMIME_OBJECT(message);
    m_message.messageId = stripAngles(fromUtf8(g_mime_message_get_message_id(message)));
    const QStringList inReplyTo = messageIds(object, "In-Reply-To");
    m_message.inReplyTo = inReplyTo.isEmpty() ? QString() : inReplyTo.constFirst();
    m_message.references = messageIds(object, "References");
    const QList<MailAddress> from = addresses(g_mime_message_get_from(message));
    if (!from.isEmpty())
        m_message.from = from.constFirst();
    m_message.to = addresses(g_mime_message_get_to(message));
    m_message.cc = addresses(g_mime_message_get_cc(message));
    m_message.subject = fromUtf8(g_mime_message_get_subject(message));
    if (GDateTime *date = g_mime_message_get_date(message)) {
        m_message.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);
    }
    m_message.autoSubmitted = headerValue(object, "Auto-Submitted");
    m_message.precedence = headerValue(object, "Precedence");
}

void MailParser::visit(GMimeObject *object, int depth)
{
    if (depth > kMaxDepth)
        return;
    if (GMIME_IS_MULTIPART(object)) {
        if (mimeTypeOf(object) == u"multipart/related")
            visitRelated(object, depth);
        else
            visitMultipart(object, depth);
    } else if (GMIME_IS_MESSAGE_PART(object)) {
        addAttachment(object, serialized(object), false);
    } else if (GMIME_IS_PART(object)) {
        visitPart(GMIME_PART(object));
    }
}

void MailParser::visitMultipart(GMimeObject *multipart, int depth)
{
    GMimeMultipart *parts = GMIME_MULTIPART(multipart);
    for (int i = 0; i < g_mime_multipart_get_count(parts); ++i)
        visit(g_mime_multipart_get_part(parts, i), depth + 1);
}

// The root part is the body; the others are what it refers to by cid:, shown inside it.
void MailParser::visitRelated(GMimeObject *multipart, int depth)
{
    GMimeMultipart *parts = GMIME_MULTIPART(multipart);
    const int count = g_mime_multipart_get_count(parts);
    if (count == 0)
        return;
    const char *start = g_mime_object_get_content_type_parameter(multipart, "start");
    int root = 0;
    for (int i = 0; start && i < count; ++i) {
        const char *id = g_mime_object_get_content_id(g_mime_multipart_get_part(parts, i));
        if (id && stripAngles(QString::fromUtf8(start)) == QString::fromUtf8(id))
            root = i;
    }
    visit(g_mime_multipart_get_part(parts, root), depth + 1);
    for (int i = 0; i < count; ++i) {
        GMimeObject *part = g_mime_multipart_get_part(parts, i);
        if (i == root)
            continue;
        if (GMIME_IS_PART(part))
            addAttachment(part, decodedContent(GMIME_PART(part)), !isAttachmentDisposition(part));
        else
            visit(part, depth + 1);
    }
}

// The first inline text/plain and text/html make the body (in multipart/alternative the plain
// one comes first and the html one second, so both are kept); later inline text is appended
// to the text body, since mailing lists add footers that way.
void MailParser::visitPart(GMimePart *part)
{
    GMimeObject *object = GMIME_OBJECT(part);
    const QString type = mimeTypeOf(object);
    const bool named = g_mime_part_get_filename(part) != nullptr;
    const bool bodyCandidate = !isAttachmentDisposition(object) && !named &&
                               (type == u"text/plain" || type == u"text/html");
    const QByteArray data = decodedContent(part);
    if (!bodyCandidate) {
        const char *disposition = g_mime_object_get_disposition(object);
        const bool isInline = disposition && g_ascii_strcasecmp(disposition, "inline") == 0;
        addAttachment(object, data, isInline);
        return;
    }
    QString text = decodeText(data, g_mime_object_get_content_type_parameter(object, "charset"));
    if (type == u"text/html") {
        if (m_message.htmlBody.isEmpty())
            m_message.htmlBody = text;
        else
            addAttachment(object, data, true);
        return;
    }
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (m_message.textBody.isEmpty())
        m_message.textBody = text;
    else
        m_message.textBody += u"\n\n" + text;
}

void MailParser::addAttachment(GMimeObject *object, const QByteArray &data, bool isInline)
{
    MailAttachment attachment;
    attachment.mimeType = mimeTypeOf(object);
    if (GMIME_IS_PART(object))
        attachment.fileName = safeFileName(fromUtf8(g_mime_part_get_filename(GMIME_PART(object))));
    if (attachment.fileName.isEmpty() && GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        const QString subject = inner ? fromUtf8(g_mime_message_get_subject(inner)) : QString();
        if (!subject.isEmpty())
            attachment.fileName = safeFileName(subject + u".eml");
    }
    if (attachment.fileName.isEmpty())
        attachment.fileName =
            fallbackFileName(attachment.mimeType, int(m_message.attachments.size()) + 1);
    attachment.contentId = stripAngles(fromUtf8(g_mime_object_get_content_id(object)));
    attachment.isInline = isInline;
    attachment.data = data;
    m_message.attachments.append(std::move(attachment));
}

void MailParser::deriveTextBody()
{
    if (!m_message.textBody.isEmpty() || m_message.htmlBody.isEmpty())
        return;
    // Rendered from the sanitized tree, so style sheets and scripts do not become text.
    m_message.textBody = HtmlSanitizer::sanitize(m_message.htmlBody).text.trimmed();
}

} // namespace sd::server
