#include "transaction.h"

#include "database.h"

namespace sd::storage {

Transaction::Transaction(Database &db, Mode mode) : m_db(db)
{
    const Result<void> begun = m_db.begin(mode == Mode::Read);
    m_active = begun.ok();
    if (!begun)
        m_error = begun.error();
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_error;
    m_active = false;
    const Result<void> committed = m_db.commit();
    if (!committed)
        m_error = committed.error();
    return committed;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_db.rollback();
}

} // namespace sd::storage
