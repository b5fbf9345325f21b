#pragma once

#include "client/slareportdata.h"
#include "client/slareportfilter.h"
#include "dashboardpdf.h"

#include <QFutureWatcher>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;

namespace sd::client {
class Replica;
class ServerApi;
class SlaReportChoices;
class SlaReportQuery;
} // namespace sd::client

namespace sd::widgets {

class DashboardFilterBar;
class DashboardTiles;
class ReportPanel;
class ReportTableModel;
class SlaRiskList;
class DayChart;
class BarChart;

// The supervisor's SLA dashboard: filters, headline figures, the live list of tickets at risk
// and breached, and charts (backlog, breaches per day, response times, the first responses'
// distribution, load per agent, CSAT, resolutions), each with its table behind it, CSV of
// every table and a one-page PDF.
// The figures come from the server's SLA report; the list from the replica. Changes to the
// replica (ticketsChanged) update the list at once and the report after a short delay, in
// place: series and tables keep their objects, views their scroll position and selection.
class Dashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dashboard)

public:
    enum class Panel {
        Risk,
        Backlog,
        Breaches,
        ResponseTimes,
        FirstResponseBands,
        Agents,
        Csat,
        Resolutions
    };
    static constexpr int PanelCount = int(Panel::Resolutions) + 1;
    // Changes arriving within this time make one report request.
    static constexpr int RefreshDelayMs = 2000;
    // Typing a date or stepping through a list settles before a request goes out.
    static constexpr int FilterDelayMs = 300;
    static constexpr int ClockMs = 60'000;
    // The report's "breached now" moves with time too: asked again every few clock ticks.
    static constexpr int ReportEveryTicks = 5;
    // The list's first width beside the charts (the splitter keeps what the user drags).
    static constexpr int RiskListWidth = 480;
    // Chart panels in each row of the grid beside the list, and the least height of one.
    static constexpr int ChartsPerRow = 3;
    static constexpr int ChartPanelHeight = 300;

    // `api` is not owned; `replica` must outlive the dashboard.
    Dashboard(client::ServerApi *api, client::Replica &replica, QWidget *parent = nullptr);
    ~Dashboard() override;

    // Reads the list from the replica and asks the server for the filters' choices and the
    // report. The first show starts it when nobody has.
    void start();
    // Asks for the report now, for the current filter.
    void refresh();
    client::SlaReportFilter filter() const;
    void setFilter(const client::SlaReportFilter &filter);
    void showReport(const client::SlaReportData &report);
    const std::optional<client::SlaReportData> &report() const { return m_report; }
    bool exportPdf(const QString &path, QString *error);

    DashboardFilterBar *filterBar() const { return m_filters; }
    DashboardTiles *tiles() const { return m_tiles; }
    ReportPanel *panel(Panel which) const { return m_panels.value(int(which)); }
    SlaRiskList *riskList() const { return m_risk; }
    client::SlaReportQuery *query() const { return m_query; }
    QString statusText() const;

public slots:
    // Connect client::ReplicaWatcher::ticketsChanged here.
    void ticketsChanged(const QList<qint64> &ids);

signals:
    // A ticket of the list was double-clicked: the main window opens it.
    void ticketActivated(qint64 ticketId);
    void reportShown();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildToolbar();
    QWidget *buildPanels();
    QWidget *buildCharts(QWidget *parent);
    void fitChartsWidth();
    ReportPanel *addPanel(Panel which, const QString &title, ReportTableModel *model, QChart *chart,
                          QWidget *area);
    void setUpRiskPanel(ReportPanel *panel);
    void filterChanged();
    void applyRiskFilter();
    void scheduleRefresh();
    void reportLoaded(const client::SlaReportData &report);
    void reportFailed(const QString &message);
    void showCharts(const client::SlaReportData &report);
    void showDistribution(const client::SlaReportData &report);
    ReportTableModel *table(Panel which) const;
    void showChoices();
    void loadOrganisations();
    void updateRiskSummary();
    void tick();
    void choosePdfFile();
    DashboardPdf::Page pdfPage() const;
    void setStatus(const QString &text, bool problem);

    client::SlaReportQuery *m_query;
    client::SlaReportChoices *m_choices;
    client::Replica &m_replica;
    SlaRiskList *m_risk;
    DashboardFilterBar *m_filters;
    DashboardTiles *m_tiles;
    QLabel *m_status;
    QPushButton *m_refreshButton;
    QPushButton *m_pdfButton;
    QScrollArea *m_chartsArea = nullptr;
    QList<ReportPanel *> m_panels;
    QList<ReportTableModel *> m_tables;
    DayChart *m_backlogChart = nullptr;
    DayChart *m_breachChart = nullptr;
    BarChart *m_responseChart = nullptr;
    BarChart *m_bandChart = nullptr;
    BarChart *m_agentChart = nullptr;
    BarChart *m_csatChart = nullptr;
    BarChart *m_resolutionChart = nullptr;
    QList<std::pair<qint64, QString>> m_organisations;
    QFutureWatcher<QList<std::pair<qint64, QString>>> m_organisationsLoading;
    std::optional<client::SlaReportData> m_report;
    QTimer m_refreshLater;
    QTimer m_filterLater;
    QTimer m_clock;
    int m_ticks = 0;
    bool m_started = false;
    bool m_refreshAgain = false;
};

} // namespace sd::widgets
