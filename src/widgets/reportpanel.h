#pragma once

#include <QFrame>
#include <QList>

class QAbstractItemModel;
class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace sd::widgets {

// One box of the dashboard: a title, a chart with the table of its figures behind it (a
// toggle switches), and CSV export of that table. Without a chart it is a table alone (the
// list of tickets at risk).
class ReportPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPanel)

public:
    struct Table
    {
        QAbstractItemModel *model = nullptr; // not owned
        int csvRole = Qt::DisplayRole;
        // Sort by clicking a header, on this role (-1: the model sorts itself or not at all).
        int sortRole = -1;
    };

    // The panel's view takes `chart` (may be null).
    ReportPanel(const QString &title, const Table &table, QChart *chart, QWidget *parent = nullptr);

    QString title() const;
    void setSummary(const QString &summary);
    QString summary() const;
    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_chartView; }
    QTableView *tableView() const { return m_tableView; }
    // The table's rows as shown (sorted as the view sorts them).
    QAbstractItemModel *shownModel() const;
    void setTableShown(bool shown);
    bool isTableShown() const;
    void setCsvColumns(const QList<int> &columns) { m_csvColumns = columns; }
    bool exportCsv(const QString &path, QString *error) const;

private:
    void chooseCsvFile();

    QLabel *m_title;
    QLabel *m_summary;
    QToolButton *m_toggle = nullptr;
    QToolButton *m_csv;
    QStackedWidget *m_stack;
    QChart *m_chart;
    QChartView *m_chartView = nullptr;
    QTableView *m_tableView;
    int m_csvRole;
    QList<int> m_csvColumns;
};

} // namespace sd::widgets
