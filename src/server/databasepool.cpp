#include "databasepool.h"

namespace sd::server {

DatabasePool::DatabasePool(QString url, storage::DatabaseOptions options)
    : m_url(std::move(url)), m_options(options)
{}

storage::Result<storage::Database *> DatabasePool::local()
{
    if (m_connections.hasLocalData())
        return m_connections.localData();
    auto opened = storage::Database::open(m_url, m_options);
    if (!opened)
        return opened.error();
    storage::Database *db = std::move(opened).value().release();
    m_connections.setLocalData(db);
    return db;
}

} // namespace sd::server
