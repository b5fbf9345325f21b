#include "dashboard.h"

#include "barchart.h"
#include "client/replica.h"
#include "client/replicaorganisations.h"
#include "client/slareportchoices.h"
#include "client/slareportquery.h"
#include "dashboardfilterbar.h"
#include "dashboardtables.h"
#include "dashboardtiles.h"
#include "daychart.h"
#include "reportpanel.h"
#include "reporttablemodel.h"
#include "slariskfilter.h"
#include "slarisklist.h"
#include "tickettablemodel.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace sd::widgets {

using client::SlaReportData;

namespace {

QList<double> column(const DashboardTables::Rows &rows, int index, double divisor = 1)
{
    QList<double> values;
    values.reserve(rows.size());
    for (const QVariantList &row : rows)
        values.append(row.value(index).toDouble() / divisor);
    return values;
}

QList<QDate> dates(const DashboardTables::Rows &rows)
{
    QList<QDate> days;
    days.reserve(rows.size());
    for (const QVariantList &row : rows)
        days.append(row.value(0).toDate());
    return days;
}

// Category axes need distinct labels: two agents of the same name get their ids.
QStringList distinct(const QStringList &names)
{
    QStringList out;
    for (qsizetype i = 0; i < names.size(); ++i) {
        QString name = names[i].isEmpty() ? Dashboard::tr("(no name)") : names[i];
        while (out.contains(name))
            name += u'\u200b';
        out.append(name);
    }
    return out;
}

QStringList texts(const DashboardTables::Rows &rows)
{
    QStringList out;
    for (const QVariantList &row : rows)
        out.append(row.value(0).toString());
    return distinct(out);
}

QList<std::pair<qint64, QString>> organisationsOf(const QString &url)
{
    auto found = client::ReplicaOrganisations::list(url);
    return found ? found.value() : QList<std::pair<qint64, QString>>{};
}

} // namespace

Dashboard::Dashboard(client::ServerApi *api, client::Replica &replica, QWidget *parent)
    : QWidget(parent), m_query(new client::SlaReportQuery(api, this)),
      m_choices(new client::SlaReportChoices(api, this)), m_replica(replica),
      m_risk(new SlaRiskList(replica, this)), m_filters(new DashboardFilterBar(this)),
      m_tiles(new DashboardTiles(this)), m_status(new QLabel(this)),
      m_refreshButton(new QPushButton(tr("Refresh"), this)),
      m_pdfButton(new QPushButton(tr("PDF report…"), this))
{
    setObjectName(QStringLiteral("dashboard"));
    m_status->setObjectName(QStringLiteral("dashboardStatusLabel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_tiles);
    layout->addWidget(buildPanels(), 1);

    m_refreshLater.setSingleShot(true);
    m_refreshLater.setInterval(RefreshDelayMs);
    m_filterLater.setSingleShot(true);
    m_filterLater.setInterval(FilterDelayMs);
    m_clock.setInterval(ClockMs);
    connect(&m_refreshLater, &QTimer::timeout, this, &Dashboard::refresh);
    connect(&m_filterLater, &QTimer::timeout, this, &Dashboard::refresh);
    connect(&m_clock, &QTimer::timeout, this, &Dashboard::tick);
    connect(m_filters, &DashboardFilterBar::filterChanged, this, &Dashboard::filterChanged);
    connect(m_query, &client::SlaReportQuery::loaded, this, &Dashboard::reportLoaded);
    connect(m_query, &client::SlaReportQuery::failed, this, &Dashboard::reportFailed);
    connect(m_choices, &client::SlaReportChoices::changed, this, &Dashboard::showChoices);
    connect(m_risk, &SlaRiskList::changed, this, &Dashboard::updateRiskSummary);
    connect(&m_organisationsLoading, &QFutureWatcher<QList<std::pair<qint64, QString>>>::finished,
            this, [this] {
                m_organisations = m_organisationsLoading.result();
                m_filters->setOrganisations(m_organisations);
                // A filter set before the names came can narrow the list only now.
                applyRiskFilter();
            });
    connect(m_refreshButton, &QPushButton::clicked, this, &Dashboard::refresh);
    connect(m_pdfButton, &QPushButton::clicked, this, &Dashboard::choosePdfFile);
}

Dashboard::~Dashboard()
{
    m_organisationsLoading.waitForFinished();
}

QWidget *Dashboard::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filters, 1);
    layout->addWidget(m_status);
    m_refreshButton->setObjectName(QStringLiteral("refreshDashboardButton"));
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    layout->addWidget(m_refreshButton);
    layout->addWidget(m_pdfButton);
    return bar;
}

QWidget *Dashboard::buildPanels()
{
    // The list and the charts share the width as the supervisor drags it.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    splitter->setChildrenCollapsible(false);
    m_panels.resize(PanelCount);
    ReportPanel::Table risk{m_risk->model(), Qt::DisplayRole, -1};
    auto *riskPanel = new ReportPanel(tr("At risk and breached"), risk, nullptr, splitter);
    m_panels[int(Panel::Risk)] = riskPanel;
    setUpRiskPanel(riskPanel);
    splitter->addWidget(riskPanel);
    splitter->addWidget(buildCharts(splitter));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({RiskListWidth, 2 * RiskListWidth});
    return splitter;
}

QWidget *Dashboard::buildCharts(QWidget *parent)
{
    // Three rows of charts do not fit a laptop's height without cutting their axis labels:
    // rows keep their height and the area scrolls instead.
    auto *area = new QScrollArea(parent);
    area->setObjectName(QStringLiteral("dashboardChartsArea"));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *charts = new QWidget(area);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    m_backlogChart = new DayChart({tr("Open"), tr("Created"), tr("Resolved")});
    m_breachChart = new DayChart({tr("Breaches")});
    // Business time, the SLA's clock; the table behind it has calendar time too.
    m_responseChart = new BarChart({tr("First response"), tr("Resolution")},
                                   BarChart::Direction::Vertical, false);
    m_responseChart->setValueTitle(tr("business hours"));
    m_bandChart = new BarChart({tr("First responses")}, BarChart::Direction::Horizontal, true);
    m_agentChart =
        new BarChart({tr("Open now"), tr("Resolved")}, BarChart::Direction::Horizontal, true);
    m_csatChart = new BarChart({tr("Ratings")}, BarChart::Direction::Vertical, true);
    m_resolutionChart = new BarChart({tr("Tickets")}, BarChart::Direction::Horizontal, true);
    const auto add = [&](Panel which, const QString &title, DashboardTables::Columns columns,
                         QChart *chart) {
        auto *model = new ReportTableModel(std::move(columns), this);
        m_tables.append(model);
        addPanel(which, title, model, chart, charts)->setMinimumHeight(ChartPanelHeight);
    };
    add(Panel::Backlog, tr("Backlog trend"), DashboardTables::backlogColumns(), m_backlogChart);
    add(Panel::Breaches, tr("Breaches per day"), DashboardTables::breachColumns(), m_breachChart);
    add(Panel::ResponseTimes, tr("Response and resolution times"),
        DashboardTables::responseColumns(), m_responseChart);
    add(Panel::FirstResponseBands, tr("First-response distribution"),
        DashboardTables::distributionColumns(), m_bandChart);
    add(Panel::Agents, tr("Load per agent"), DashboardTables::agentColumns(), m_agentChart);
    add(Panel::Csat, tr("Customer satisfaction"), DashboardTables::csatColumns(), m_csatChart);
    add(Panel::Resolutions, tr("Resolutions"), DashboardTables::resolutionColumns(),
        m_resolutionChart);
    // The last chart (resolutions, long reason names) takes what its row leaves.
    for (int i = 1; i < PanelCount; ++i) {
        const int column = (i - 1) % ChartsPerRow;
        grid->addWidget(m_panels[i], (i - 1) / ChartsPerRow, column, 1,
                        i + 1 == PanelCount ? ChartsPerRow - column : 1);
    }
    area->setWidget(charts);
    m_chartsArea = area;
    // Only the height scrolls: the splitter leaves the charts at least the width they need,
    // which grows with the panels' summaries and the language's titles.
    charts->installEventFilter(this);
    fitChartsWidth();
    return area;
}

void Dashboard::fitChartsWidth()
{
    const QWidget *charts = m_chartsArea->widget();
    m_chartsArea->setMinimumWidth(charts->minimumSizeHint().width() +
                                  m_chartsArea->verticalScrollBar()->sizeHint().width());
}

bool Dashboard::eventFilter(QObject *watched, QEvent *event)
{
    if (m_chartsArea != nullptr && watched == m_chartsArea->widget() &&
        event->type() == QEvent::LayoutRequest)
        fitChartsWidth();
    return QWidget::eventFilter(watched, event);
}

ReportPanel *Dashboard::addPanel(Panel which, const QString &title, ReportTableModel *model,
                                 QChart *chart, QWidget *area)
{
    ReportPanel::Table table{model, ReportTableModel::ExportRole, ReportTableModel::ExportRole};
    auto *panel = new ReportPanel(title, table, chart, area);
    m_panels[int(which)] = panel;
    return panel;
}

void Dashboard::setUpRiskPanel(ReportPanel *panel)
{
    panel->setObjectName(QStringLiteral("riskPanel"));
    const QList<int> shown = SlaRiskList::columns();
    panel->setCsvColumns(shown);
    QTableView *view = panel->tableView();
    QHeaderView *header = view->horizontalHeader();
    for (int column = 0; column < m_risk->tickets()->columnCount(); ++column)
        view->setColumnHidden(column, !shown.contains(column));
    for (qsizetype i = 0; i < shown.size(); ++i)
        header->moveSection(header->visualIndex(shown[i]), int(i));
    header->setSectionResizeMode(QHeaderView::Interactive);
    view->setWordWrap(false);
    view->setColumnWidth(int(client::TicketColumn::Sla), 118);
    view->setColumnWidth(int(client::TicketColumn::Number), 122);
    view->setColumnWidth(int(client::TicketColumn::Subject), 260);
    connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_risk->ticketAt(index.row()); id > 0)
            emit ticketActivated(id);
    });
}

void Dashboard::start()
{
    if (m_started)
        return;
    m_started = true;
    m_risk->load();
    m_choices->refresh();
    loadOrganisations();
    m_clock.start();
    refresh();
}

void Dashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    start();
}

void Dashboard::loadOrganisations()
{
    if (m_organisationsLoading.isRunning())
        return;
    m_organisationsLoading.setFuture(QtConcurrent::run(organisationsOf, m_replica.databaseUrl()));
}

client::SlaReportFilter Dashboard::filter() const
{
    return m_filters->filter();
}

void Dashboard::setFilter(const client::SlaReportFilter &filter)
{
    m_filters->setFilter(filter);
    filterChanged();
}

void Dashboard::filterChanged()
{
    applyRiskFilter();
    m_filterLater.start();
}

void Dashboard::applyRiskFilter()
{
    const client::SlaReportFilter current = filter();
    QString organisation;
    for (const auto &[id, name] : std::as_const(m_organisations))
        if (id == current.organisationId)
            organisation = name;
    m_risk->setFilter(current, organisation);
    updateRiskSummary();
}

void Dashboard::refresh()
{
    m_refreshLater.stop();
    m_filterLater.stop();
    const client::SlaReportFilter current = filter();
    // A running request for the same filter answers first; one more follows it.
    if (m_query->isFetching() && m_query->filter() == current) {
        m_refreshAgain = true;
        return;
    }
    m_refreshAgain = false;
    setStatus(tr("Updating…"), false);
    m_query->fetch(current);
}

void Dashboard::scheduleRefresh()
{
    if (!m_refreshLater.isActive())
        m_refreshLater.start();
}

void Dashboard::ticketsChanged(const QList<qint64> &ids)
{
    m_risk->ticketsChanged(ids);
    if (m_started)
        scheduleRefresh();
}

void Dashboard::reportLoaded(const SlaReportData &report)
{
    showReport(report);
    // Days are the server's calendar days (its installation time zone): once it is known, the
    // period's ends are its midnights, so a month has as many days as the supervisor picked.
    const QTimeZone zone(report.timeZone.toUtf8());
    if (zone.isValid() && zone != m_query->timeZone()) {
        m_query->setTimeZone(zone);
        m_filters->followToday(zone);
        refresh();
        return;
    }
    setStatus(
        tr("Updated at %1")
            .arg(QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat)),
        false);
    if (std::exchange(m_refreshAgain, false))
        scheduleRefresh();
}

void Dashboard::reportFailed(const QString &message)
{
    // The figures shown stay: stale is better than blank, and the status says so.
    setStatus(tr("Not updated: %1").arg(message), true);
    if (std::exchange(m_refreshAgain, false))
        scheduleRefresh();
}

void Dashboard::showReport(const SlaReportData &report)
{
    m_report = report;
    m_tiles->showReport(report);
    showCharts(report);
    emit reportShown();
}

ReportTableModel *Dashboard::table(Panel which) const
{
    // Tables are made in the panels' order, the risk list having none.
    return m_tables.value(int(which) - 1);
}

void Dashboard::showCharts(const SlaReportData &report)
{
    const DashboardTables::Rows backlog = DashboardTables::backlogRows(report);
    table(Panel::Backlog)->setRows(backlog);
    m_backlogChart->setDays(dates(backlog),
                            {column(backlog, 3), column(backlog, 1), column(backlog, 2)});
    const DashboardTables::Rows breaches = DashboardTables::breachRows(report);
    table(Panel::Breaches)->setRows(breaches);
    m_breachChart->setDays(dates(breaches), {column(breaches, 1)});
    const DashboardTables::Rows times = DashboardTables::responseRows(report);
    table(Panel::ResponseTimes)->setRows(times);
    // Median and 90th percentile side by side for each measure (rows are the measures).
    QList<QList<double>> perMeasure;
    for (const QVariantList &row : times)
        perMeasure.append({row.value(2).toDouble() / 60, row.value(3).toDouble() / 60});
    m_responseChart->setBars({tr("Median"), tr("90%")}, perMeasure);
    showDistribution(report);
    const DashboardTables::Rows agents = DashboardTables::agentRows(report);
    table(Panel::Agents)->setRows(agents);
    m_agentChart->setBars(texts(agents), {column(agents, 1), column(agents, 2)});
    const DashboardTables::Rows csat = DashboardTables::csatRows(report);
    table(Panel::Csat)->setRows(csat);
    m_csatChart->setBars({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                          QStringLiteral("4"), QStringLiteral("5")},
                         {column(csat, 1)});
    const DashboardTables::Rows resolutions = DashboardTables::resolutionRows(report);
    table(Panel::Resolutions)->setRows(resolutions);
    m_resolutionChart->setBars(texts(resolutions), {column(resolutions, 1)});
    panel(Panel::Agents)->setSummary(tr("%n agent(s)", nullptr, int(agents.size())));
    panel(Panel::Csat)->setSummary(tr("%n rating(s)", nullptr, report.csatCount));
}

void Dashboard::showDistribution(const SlaReportData &report)
{
    const DashboardTables::Rows bands = DashboardTables::distributionRows(report);
    table(Panel::FirstResponseBands)->setRows(bands);
    // Horizontal bars start at the bottom: the shortest band goes on top, as in the table.
    QStringList names = texts(bands);
    QList<double> tickets = column(bands, 1);
    std::reverse(names.begin(), names.end());
    std::reverse(tickets.begin(), tickets.end());
    // Axis labels are rich text: "< 15 min" would be read as a tag.
    for (QString &name : names)
        name = name.toHtmlEscaped();
    m_bandChart->setBars(names, {tickets});
}

void Dashboard::showChoices()
{
    m_filters->setQueues(m_choices->queues());
    m_filters->setAgents(m_choices->agents());
    m_filters->setSupportLevels(m_choices->supportLevels());
}

void Dashboard::updateRiskSummary()
{
    const int shown = m_risk->model()->rowCount();
    QString summary = tr("%n ticket(s), %1 breached", nullptr, shown)
                          .arg(QLocale().toString(m_risk->model()->breachedCount()));
    if (!filter().supportLevel.isEmpty())
        summary += tr(" (every support level)");
    panel(Panel::Risk)->setSummary(summary);
}

void Dashboard::tick()
{
    m_risk->tick();
    if (++m_ticks % ReportEveryTicks == 0)
        scheduleRefresh();
}

bool Dashboard::exportPdf(const QString &path, QString *error)
{
    return DashboardPdf::write(path, pdfPage(), error);
}

void Dashboard::choosePdfFile()
{
    const client::SlaReportFilter current = filter();
    const QString suggested =
        tr("SLA report %1 - %2.pdf")
            .arg(current.from.toString(Qt::ISODate), current.to.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the PDF report"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdf(path, &error))
        QMessageBox::warning(this, tr("Save the PDF report"), error);
}

DashboardPdf::Page Dashboard::pdfPage() const
{
    const QLocale locale;
    const client::SlaReportFilter current = filter();
    DashboardPdf::Page page;
    page.title = tr("SLA report");
    // The period of the figures shown, in the server's days (a newer filter may be loading).
    QDate first = current.from;
    QDate last = current.to;
    if (m_report) {
        const QTimeZone zone(m_report->timeZone.toUtf8());
        if (zone.isValid()) {
            first = m_report->from.toTimeZone(zone).date();
            last = m_report->to.toTimeZone(zone).addMSecs(-1).date();
        }
    }
    page.subtitle.append(tr("Period: %1 – %2")
                             .arg(locale.toString(first, QLocale::LongFormat),
                                  locale.toString(last, QLocale::LongFormat)));
    const QString filters = m_filters->describe();
    page.subtitle.append(filters.isEmpty() ? tr("All tickets") : filters);
    page.subtitle.append(
        tr("Made %1").arg(locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
    page.figures = m_tiles->figures();
    for (int i = 1; i < PanelCount; ++i)
        page.charts.append({m_panels[i]->title(), m_panels[i]->chart()});
    const ReportPanel *risk = panel(Panel::Risk);
    page.listTitle = risk->summary().isEmpty()
                         ? risk->title()
                         : risk->title() + QStringLiteral(" — ") + risk->summary();
    const QAbstractItemModel *model = risk->shownModel();
    const QList<int> columns = SlaRiskList::columns();
    page.listWide = columns.indexOf(int(client::TicketColumn::Subject));
    for (const int column : columns)
        page.listHeader.append(model->headerData(column, Qt::Horizontal).toString());
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (const int column : columns)
            cells.append(model->index(row, column).data().toString());
        page.listRows.append(cells);
    }
    return page;
}

QString Dashboard::statusText() const
{
    return m_status->text();
}

void Dashboard::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, problem ? QColor(0xc0, 0x1c, 0x28)
                                                   : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

} // namespace sd::widgets
