// libFuzzer entry point: arbitrary bytes through MailParser::parse as mailgate calls it, then
// the quote trimmer on the text body the parser derived.
#include "mailparser.h"
#include "mailquotetrimmer.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A deep copy rather than fromRawData: QByteArray then owns a NUL-terminated buffer, as
    // it does when mailgate reads stdin, so the fuzzer sees what production sees.
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const sd::server::MailParser::Result result = sd::server::MailParser::parse(raw);
    if (result.message)
        sd::server::MailQuoteTrimmer::split(result.message->textBody);
    return 0;
}
