#include "slacalendartab.h"

#include "core/calendarjsonreader.h"
#include "core/productioncalendar.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::widgets {

using namespace Qt::StringLiterals;

namespace {

using Collection = client::SlaAdmin::Collection;

constexpr int IdRole = Qt::UserRole + 1;
constexpr int DefinitionRole = Qt::UserRole + 2;

} // namespace

SlaCalendarTab::SlaCalendarTab(client::SlaAdmin *admin, bool editable, QWidget *parent)
    : QWidget(parent), m_admin(admin), m_editable(editable), m_list(new QListWidget(this)),
      m_name(new QLineEdit(this)), m_editor(new QPlainTextEdit(this)), m_message(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("calendarList"));
    m_name->setObjectName(QStringLiteral("calendarNameEdit"));
    m_name->setPlaceholderText(tr("Calendar name"));
    m_editor->setObjectName(QStringLiteral("calendarJsonEdit"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_message->setObjectName(QStringLiteral("calendarMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &name, const QString &text, auto slot, bool writes) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        if (writes)
            m_writeButtons.append(b);
    };
    button(QStringLiteral("validateCalendarButton"), tr("&Validate"), &SlaCalendarTab::validate,
           false);
    button(QStringLiteral("saveCalendarButton"), tr("&Save"), &SlaCalendarTab::save, true);
    button(QStringLiteral("newCalendarButton"), tr("&New"), &SlaCalendarTab::startNew, true);
    button(QStringLiteral("removeCalendarButton"), tr("&Remove"), &SlaCalendarTab::removeSelected,
           true);
    button(QStringLiteral("importCalendarButton"), tr("&Import production calendar…"),
           &SlaCalendarTab::chooseImportFile, true);
    buttons->addStretch();

    auto *editorSide = new QVBoxLayout;
    editorSide->addWidget(m_name);
    editorSide->addWidget(m_editor, 1);
    editorSide->addWidget(m_message);
    editorSide->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(editorSide, 3);

    m_name->setReadOnly(!editable);
    m_editor->setReadOnly(!editable);
    for (QPushButton *b : std::as_const(m_writeButtons))
        b->setEnabled(editable);

    connect(m_list, &QListWidget::currentRowChanged, this, &SlaCalendarTab::showSelected);
    connect(admin, &client::SlaAdmin::listed, this, &SlaCalendarTab::listed);
    connect(admin, &client::SlaAdmin::saved, this,
            [this](Collection collection, const QJsonObject &item) {
                if (collection != Collection::Calendars)
                    return;
                m_pendingSelection = item.value(QStringLiteral("id")).toInteger();
                showMessage(tr("Calendar saved."));
                m_admin->list(Collection::Calendars);
            });
    connect(admin, &client::SlaAdmin::removed, this, [this](Collection collection, qint64) {
        if (collection != Collection::Calendars)
            return;
        showMessage(tr("Calendar removed."));
        m_admin->list(Collection::Calendars);
    });
    connect(admin, &client::SlaAdmin::failed, this,
            [this](Collection collection, const QString &message) {
                if (collection == Collection::Calendars)
                    showMessage(message);
            });
}

void SlaCalendarTab::listed(Collection collection, const QList<QJsonObject> &items)
{
    if (collection != Collection::Calendars)
        return;
    const qint64 keep = m_pendingSelection != 0 ? m_pendingSelection : selectedId();
    m_pendingSelection = 0;
    QSignalBlocker blocker(m_list);
    m_list->clear();
    int current = items.isEmpty() ? -1 : 0;
    for (const QJsonObject &calendar : items) {
        auto *item = new QListWidgetItem(calendar.value(QStringLiteral("name")).toString(), m_list);
        const qint64 id = calendar.value(QStringLiteral("id")).toInteger();
        item->setData(IdRole, id);
        // The calendar file's own layout (documented key order, one interval per line), as
        // `calendar show` prints it; the stored JSON as it is when it does not read.
        const QByteArray stored =
            QJsonDocument(calendar.value(QStringLiteral("definition")).toObject()).toJson();
        QString unused;
        const auto parsed = core::CalendarJsonReader::read(stored, &unused);
        item->setData(DefinitionRole, QString::fromUtf8(parsed ? parsed->toJson() : stored));
        if (id == keep)
            current = m_list->count() - 1;
    }
    m_list->setCurrentRow(current);
    blocker.unblock();
    showSelected();
}

void SlaCalendarTab::showSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    m_name->setText(item ? item->text() : QString());
    m_editor->setPlainText(item ? item->data(DefinitionRole).toString() : QString());
}

qint64 SlaCalendarTab::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

bool SlaCalendarTab::validate()
{
    QString problem;
    if (!core::CalendarJsonReader::read(m_editor->toPlainText().toUtf8(), &problem)) {
        showMessage(tr("The calendar is not valid: %1").arg(problem));
        return false;
    }
    showMessage(tr("The calendar is valid."));
    return true;
}

void SlaCalendarTab::save()
{
    if (!m_editable || !validate())
        return;
    const QJsonObject definition =
        QJsonDocument::fromJson(m_editor->toPlainText().toUtf8()).object();
    QJsonObject body{{QStringLiteral("definition"), definition}};
    if (!m_name->text().trimmed().isEmpty())
        body.insert(QStringLiteral("name"), m_name->text().trimmed());
    m_admin->save(Collection::Calendars, selectedId(), body);
}

void SlaCalendarTab::startNew()
{
    m_list->setCurrentRow(-1);
    m_name->clear();
    // A starting point to edit rather than an empty page: the working week of seed 000.
    const QJsonArray day{QJsonArray{u"08:00"_s, u"17:00"_s}};
    const QJsonObject week{{u"mon"_s, day},         {u"tue"_s, day}, {u"wed"_s, day},
                           {u"thu"_s, day},         {u"fri"_s, day}, {u"sat"_s, QJsonArray()},
                           {u"sun"_s, QJsonArray()}};
    const QJsonObject calendar{{u"name"_s, tr("New calendar")},
                               {u"time_zone"_s, u"Europe/Moscow"_s},
                               {u"week"_s, week},
                               {u"dates"_s, QJsonObject()}};
    const QString text = QString::fromUtf8(QJsonDocument(calendar).toJson());
    m_editor->setPlainText(text);
    m_name->setFocus();
}

void SlaCalendarTab::removeSelected()
{
    if (const qint64 id = selectedId(); id != 0)
        m_admin->remove(Collection::Calendars, id);
}

void SlaCalendarTab::chooseImportFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import production calendar"), QString(),
                                     tr("Production calendars (*.csv *.json);;All files (*)"));
    if (!path.isEmpty())
        importProductionCalendar(path);
}

bool SlaCalendarTab::importProductionCalendar(const QString &path)
{
    QString problem;
    const auto calendar =
        core::CalendarJsonReader::read(m_editor->toPlainText().toUtf8(), &problem);
    if (!calendar) {
        showMessage(tr("Fix the calendar before importing: %1").arg(problem));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const bool json = QFileInfo(path).suffix().compare(u"json", Qt::CaseInsensitive) == 0;
    const auto production = core::ProductionCalendar::read(
        file.readAll(),
        json ? core::ProductionCalendar::Format::Json : core::ProductionCalendar::Format::Csv, 0,
        &problem);
    if (!production) {
        showMessage(tr("Cannot import %1: %2").arg(path, problem));
        return false;
    }
    m_editor->setPlainText(QString::fromUtf8(production->mergedInto(*calendar).toJson()));
    showMessage(tr("Production calendar %1 merged; save to store it.").arg(production->year()));
    return true;
}

void SlaCalendarTab::showMessage(const QString &text)
{
    m_message->setText(text);
}

} // namespace sd::widgets
