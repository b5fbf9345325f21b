#include "sendoncedevice.h"

namespace sd::client {

SendOnceDevice::SendOnceDevice(QIODevice *source, QObject *parent)
    : QIODevice(parent), m_source(source), m_start(source->pos())
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

SendOnceDevice::SendOnceDevice(const QByteArray &data, QObject *parent)
    : QIODevice(parent), m_source(&m_ownData)
{
    m_ownData.setData(data);
    m_ownData.open(QIODevice::ReadOnly);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 SendOnceDevice::size() const
{
    return m_source->size() - m_start;
}

bool SendOnceDevice::seek(qint64 pos)
{
    if (m_read && pos != this->pos())
        return false;
    if (!m_source->seek(m_start + pos))
        return false;
    return QIODevice::seek(pos);
}

qint64 SendOnceDevice::readData(char *data, qint64 maxSize)
{
    const qint64 n = m_source->read(data, maxSize);
    if (n > 0)
        m_read = true;
    return n;
}

qint64 SendOnceDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace sd::client
