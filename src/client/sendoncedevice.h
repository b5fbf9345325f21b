#pragma once

#include <QBuffer>
#include <QIODevice>

namespace sd::client {

// The body of a request that must not reach the server twice (a POST or PATCH without an
// Idempotency-Key). Qt 6.4 sends a request again on its own when the connection closes before
// the answer, whatever the method; to do so it rewinds the body. This device refuses to rewind
// once a byte has been read, so Qt reports ContentReSendError instead of posting twice.
// Reads go straight to the source (a file is streamed, never copied).
class SendOnceDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendOnceDevice)

public:
    // Reads `source` (not owned) from its current position to its end.
    explicit SendOnceDevice(QIODevice *source, QObject *parent = nullptr);
    explicit SendOnceDevice(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override;
    bool seek(qint64 pos) override;
    bool reset() override { return seek(0); }
    // True once any byte went out.
    bool wasRead() const { return m_read; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QBuffer m_ownData;
    QIODevice *m_source;
    qint64 m_start = 0;
    bool m_read = false;
};

} // namespace sd::client
