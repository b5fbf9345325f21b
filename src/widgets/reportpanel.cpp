#include "reportpanel.h"

#include "csvwriter.h"

#include <QChartView>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd::widgets {

ReportPanel::ReportPanel(const QString &title, const Table &table, QChart *chart, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_summary(new QLabel(this)),
      m_csv(new QToolButton(this)), m_stack(new QStackedWidget(this)), m_chart(chart),
      m_tableView(new QTableView(this)), m_csvRole(table.csvRole)
{
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_csv->setText(tr("CSV…"));
    m_csv->setToolTip(tr("Save this table as a CSV file"));
    m_csv->setObjectName(QStringLiteral("exportCsvButton"));
    connect(m_csv, &QToolButton::clicked, this, &ReportPanel::chooseCsvFile);

    m_tableView->setObjectName(QStringLiteral("reportTableView"));
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    if (table.sortRole >= 0) {
        auto *sorted = new QSortFilterProxyModel(this);
        sorted->setSourceModel(table.model);
        sorted->setSortRole(table.sortRole);
        m_tableView->setModel(sorted);
        m_tableView->setSortingEnabled(true);
        m_tableView->sortByColumn(-1, Qt::AscendingOrder);
    } else {
        m_tableView->setModel(table.model);
    }

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_summary, 1);
    if (chart != nullptr) {
        m_chartView = new QChartView(chart, this);
        m_chartView->setRenderHint(QPainter::Antialiasing);
        m_stack->addWidget(m_chartView);
        m_toggle = new QToolButton(this);
        m_toggle->setObjectName(QStringLiteral("showTableButton"));
        m_toggle->setCheckable(true);
        m_toggle->setText(tr("Table"));
        m_toggle->setToolTip(tr("Show the figures behind the chart"));
        connect(m_toggle, &QToolButton::toggled, this, &ReportPanel::setTableShown);
        header->addWidget(m_toggle);
    }
    m_stack->addWidget(m_tableView);
    header->addWidget(m_csv);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
}

QString ReportPanel::title() const
{
    return m_title->text();
}

void ReportPanel::setSummary(const QString &summary)
{
    m_summary->setText(summary);
}

QString ReportPanel::summary() const
{
    return m_summary->text();
}

QAbstractItemModel *ReportPanel::shownModel() const
{
    return m_tableView->model();
}

void ReportPanel::setTableShown(bool shown)
{
    m_stack->setCurrentWidget(shown || !m_chartView ? static_cast<QWidget *>(m_tableView)
                                                    : m_chartView);
    if (m_toggle) {
        const QSignalBlocker quiet(m_toggle);
        m_toggle->setChecked(shown);
    }
}

bool ReportPanel::isTableShown() const
{
    return m_stack->currentWidget() == m_tableView;
}

bool ReportPanel::exportCsv(const QString &path, QString *error) const
{
    CsvWriter::Options options;
    options.role = m_csvRole;
    options.columns = m_csvColumns;
    return CsvWriter::write(*shownModel(), options, path, error);
}

void ReportPanel::chooseCsvFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as CSV"), m_title->text() + u".csv", tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Save as CSV"), error);
}

} // namespace sd::widgets
