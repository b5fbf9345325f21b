#pragma once

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace sd::bench {

// A private PostgreSQL cluster for one benchmark run: initdb in a temporary folder, started on
// a free loopback port, stopped (by PID, through pg_ctl) when this object goes away. As root
// the server runs as the "postgres" system user, since PostgreSQL refuses to run as root.
// Durability settings stay at PostgreSQL's defaults so insert rates mean something.
class ThrowawayPostgres final
{
public:
    ThrowawayPostgres();
    ~ThrowawayPostgres();
    ThrowawayPostgres(const ThrowawayPostgres &) = delete;
    ThrowawayPostgres &operator=(const ThrowawayPostgres &) = delete;

    // Returns false with *error set when PostgreSQL is not installed or does not start.
    bool start(QString *error);
    // postgresql://postgres@127.0.0.1:PORT/postgres (trust auth on loopback, private cluster).
    QString url() const { return m_url; }

private:
    bool run(const QStringList &command, QString *error) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    QString m_url;
    bool m_started = false;
};

} // namespace sd::bench
