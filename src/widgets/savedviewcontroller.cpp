#include "savedviewcontroller.h"

#include "client/savedviewcodec.h"
#include "client/savedviews.h"
#include "tickettablemodel.h"
#include "tickettablepane.h"
#include "viewlist.h"

#include <QInputDialog>
#include <QLineEdit>

namespace sd::widgets {

SavedViewController::SavedViewController(client::SavedViews *views, ViewList *list,
                                         TicketTableModel *model, TicketTablePane *pane,
                                         QWidget *dialogParent)
    : QObject(list), m_views(views), m_list(list), m_model(model), m_pane(pane),
      m_dialogParent(dialogParent)
{
    connect(views, &client::SavedViews::loaded, list, &ViewList::setSavedViews);
    connect(views, &client::SavedViews::failed, this, [this](const QString &why) {
        emit message(m_views->hasPending()
                         ? tr("Saved views: %1 The change is kept here and sent when the "
                              "connection is back.")
                               .arg(why)
                         : tr("Saved views: %1").arg(why));
    });
    connect(list, &ViewList::savedViewChosen, this, &SavedViewController::apply);
    connect(list, &ViewList::renameRequested, this, &SavedViewController::askToRename);
    connect(list, &ViewList::deleteRequested, this, &SavedViewController::remove);
    list->setSavedViews(views->items());
}

QString SavedViewController::saveCurrent(const QString &name)
{
    const QString cleaned = cleanName(name);
    if (cleaned.isEmpty())
        return {};
    client::SavedView view;
    view.name = cleaned;
    view.definition = client::SavedViewCodec::encode(
        {m_model->filter(), m_model->sortKeys(), m_pane->headerState()});
    return m_views->save(view);
}

bool SavedViewController::apply(const QString &id)
{
    const std::optional<client::SavedView> view = m_views->find(id);
    if (!view)
        return false;
    const client::SavedViewState state = client::SavedViewCodec::decode(view->definition);
    m_pane->filterEdit()->setText(state.filter.text);
    m_pane->setColumnFilter(state.filter);
    // The header's own sort indicator re-sorts by one column; the saved keys come after it.
    m_pane->restoreHeaderState(state.headerState);
    if (!state.sortKeys.isEmpty())
        m_model->setSortKeys(state.sortKeys);
    return true;
}

void SavedViewController::rename(const QString &id, const QString &name)
{
    std::optional<client::SavedView> view = m_views->find(id);
    const QString cleaned = cleanName(name);
    if (!view || cleaned.isEmpty() || cleaned == view->name)
        return;
    view->name = cleaned;
    m_views->save(*view);
}

void SavedViewController::remove(const QString &id)
{
    m_views->remove(id);
}

void SavedViewController::askToSaveCurrent()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_dialogParent, tr("Save current view"),
                              tr("Name of the view (filter, sort and columns are saved):"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QString id = saveCurrent(name);
    if (!id.isEmpty())
        m_list->selectSavedView(id);
}

void SavedViewController::askToRename(const QString &id)
{
    const std::optional<client::SavedView> view = m_views->find(id);
    if (!view)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_dialogParent, tr("Rename view"), tr("New name of the view:"),
                              QLineEdit::Normal, view->name, &ok);
    if (ok)
        rename(id, name);
}

QString SavedViewController::cleanName(const QString &name)
{
    return name.simplified().left(client::SavedViews::NameLength);
}

} // namespace sd::widgets
