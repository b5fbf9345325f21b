#include "throwawaypostgres.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QVersionNumber>

#include <unistd.h>

namespace sd::bench {

namespace {

QString findPostgresBin()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QString best;
    QVersionNumber bestVersion;
    for (const QString &v : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber version = QVersionNumber::fromString(v);
        if (QFile::exists(root.filePath(v + QStringLiteral("/bin/initdb"))) &&
            version > bestVersion) {
            bestVersion = version;
            best = root.filePath(v + QStringLiteral("/bin"));
        }
    }
    return best;
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

ThrowawayPostgres::ThrowawayPostgres() = default;

ThrowawayPostgres::~ThrowawayPostgres()
{
    if (m_started)
        run({m_binDir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
             m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"), QStringLiteral("fast"),
             QStringLiteral("-w"), QStringLiteral("stop")},
            nullptr);
}

bool ThrowawayPostgres::run(const QStringList &command, QString *error) const
{
    QStringList full = command;
    if (::geteuid() == 0)
        full = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"),
                           QStringLiteral("postgres"), QStringLiteral("--")} +
               command;
    QProcess process;
    process.setWorkingDirectory(QStringLiteral("/")); // postgres cannot enter /root
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(full.constFirst(), full.mid(1));
    const bool ok = process.waitForFinished(60000) &&
                    process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!ok && error)
        *error = QStringLiteral("%1 failed: %2")
                     .arg(command.constFirst(), QString::fromLocal8Bit(process.readAll()));
    return ok;
}

bool ThrowawayPostgres::start(QString *error)
{
    m_binDir = findPostgresBin();
    if (m_binDir.isEmpty()) {
        *error = QStringLiteral("PostgreSQL server binaries not found under /usr/lib/postgresql");
        return false;
    }
    m_dir =
        std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/sd-bench-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    if (::geteuid() == 0)
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir->path()});
    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (!run({m_binDir + QStringLiteral("/initdb"), QStringLiteral("-D"), data,
              QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
              QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("-U"),
              QStringLiteral("postgres")},
             error))
        return false;
    const quint16 port = freeLoopbackPort();
    const QString options =
        QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2").arg(port).arg(m_dir->path());
    if (!run({m_binDir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data,
              QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log")),
              QStringLiteral("-w"), QStringLiteral("-o"), options, QStringLiteral("start")},
             error))
        return false;
    m_started = true;
    m_url = QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(port);
    return true;
}

} // namespace sd::bench
