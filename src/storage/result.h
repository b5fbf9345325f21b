#pragma once

#include "storageerror.h"

#include <optional>
#include <utility>

namespace sd::storage {

// A value or the StorageError that prevented it. Storage reports failures as values, not
// exceptions: most callers (HTTP routes, the CLI) turn them into an answer right away.
// error() of a successful result is an empty Internal error; value() of a failed one is
// undefined.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(StorageError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T &value() & { return *m_value; }
    const T &value() const & { return *m_value; }
    // By value, so `for (x : repo.list().value())` does not iterate a destroyed temporary.
    T value() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }

    const StorageError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    StorageError m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(StorageError error) : m_ok(false), m_error(std::move(error)) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const StorageError &error() const { return m_error; }

private:
    bool m_ok = true;
    StorageError m_error;
};

} // namespace sd::storage
