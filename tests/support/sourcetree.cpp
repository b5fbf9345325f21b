#include "sourcetree.h"

#include <QDir>
#include <QFileInfo>
#include <QtTest>

namespace sd::testing {

QString sourcePath(const QString &relative)
{
    const QString root = qEnvironmentVariable("SD_SOURCE_DIR");
    if (root.isEmpty())
        qFatal("SD_SOURCE_DIR is not set; run the test through ctest");
    const QString path = QDir(root).filePath(relative);
    if (!QFileInfo::exists(path))
        qFatal("missing source file %s", qPrintable(path));
    return path;
}

} // namespace sd::testing
