#pragma once

#include <QString>
#include <QVariantList>

namespace sd::storage {

// SQL text plus the values for its `?` placeholders, in order: how queries assembled from
// optional parts carry their values to a Statement.
struct SqlFragment
{
    QString sql;
    QVariantList values;
};

} // namespace sd::storage
