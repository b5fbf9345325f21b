#pragma once

#include "storage/database.h"

#include <QThreadStorage>

namespace sd::server {

// One database connection per worker thread (QtSql connections are per thread), opened on
// first use and closed when the thread ends. A failed open is retried by the next request.
class DatabasePool final
{
public:
    DatabasePool(QString url, storage::DatabaseOptions options);

    // The calling thread's connection.
    storage::Result<storage::Database *> local();

private:
    QString m_url;
    storage::DatabaseOptions m_options;
    QThreadStorage<storage::Database *> m_connections;
};

} // namespace sd::server
