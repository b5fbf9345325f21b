#pragma once

#include <QString>

namespace sd::testing {

// Absolute path of a file in the source tree (resources, fixtures), so tests do not depend
// on the directory ctest runs them from. Fails the calling test when it does not exist.
QString sourcePath(const QString &relative);

} // namespace sd::testing
