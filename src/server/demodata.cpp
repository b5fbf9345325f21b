#include "demodata.h"

#include <array>

namespace sd::server {

namespace {

using sd::core::Category;
using sd::core::MessageKind;
using sd::core::Priority;
using sd::core::Resolution;
using sd::core::TicketStatus;

struct Story
{
    const char16_t *subject;
    const char16_t *description;
    const char16_t *reply;
    Category category;
    const char16_t *product;
};

// Real problems of the kind the regulations describe: one problem per ticket, specific subjects.
constexpr std::array stories{
    Story{u"Отчёт по продажам за квартал формируется пустым",
          u"После обновления отчёт по продажам за III квартал открывается без строк, хотя "
          u"документы за период проведены. Шаги: Отчёты → Продажи → Квартал → Сформировать.",
          u"Спасибо за подробное описание. Пришлите, пожалуйста, журнал ошибок из папки logs и "
          u"скриншот настроек отчёта.",
          Category::Incident, u"Business Studio"},
    Story{u"Ошибка 0x80070005 при импорте справочника контрагентов",
          u"При импорте файла contractors.xlsx появляется ошибка 0x80070005 «Отказано в "
          u"доступе». Проблема касается 12 сотрудников бухгалтерии.",
          u"Ошибка возникает из-за прав на временную папку. Инструкция по настройке есть в "
          u"базе знаний, статья «Права доступа при импорте».",
          Category::Incident, u"Наполеон"},
    Story{u"Как настроить рассылку напоминаний клиентам клиники",
          u"Хотим, чтобы владельцы животных получали SMS за день до приёма. Где это включается?",
          u"Откройте Настройки → Уведомления → SMS и включите шаблон «Напоминание о визите».",
          Category::Question, u"Vetmanager"},
    Story{u"Предложение: экспорт расписания врачей в iCalendar",
          u"Было бы удобно выгружать расписание в формате .ics, чтобы врачи видели его в "
          u"телефоне.",
          u"Спасибо за предложение! Передали его в отдел разработки и сообщим о решении.",
          Category::FeatureRequest, u"Vetmanager"},
    Story{u"Mobile sync stops after 200 orders",
          u"Since version 5.2.1 the mobile app stops syncing once a sales rep has more than 200 "
          u"orders in a day. Affects 35 field employees. Steps: create 201 orders, press Sync.",
          u"Thank you. Please attach the database from the device and the exchange folder "
          u"archive so we can reproduce it.",
          Category::Incident, u"AceTeam"},
    Story{u"Reports page takes 40 seconds to open",
          u"The Reports page became very slow after the upgrade to 7.4. Chrome 118 on Windows "
          u"11, about 50 users affected.",
          u"We reproduced the slowdown and handed it to the development team; we will keep you "
          u"posted in this ticket.",
          Category::Incident, u"Business Studio"},
    Story{u"Consultation on configuring LDAP sign-in",
          u"We plan to switch sign-in to our Active Directory. Which settings do we need on our "
          u"side?",
          u"Here is the checklist for LDAP sign-in; the knowledge-base article has screenshots.",
          Category::Consultation, u"Microimpuls Middleware"},
    Story{u"Не приходят письма с подтверждением регистрации",
          u"Новые пользователи не получают письмо подтверждения. Проверили папку «Спам» — пусто.",
          u"Проверьте, пожалуйста, настройки SMTP: порт 587 и STARTTLS. Пришлите лог отправки.",
          Category::Incident, u"AV Soft Portal"},
    Story{u"Feature request: dark theme for the operator console",
          u"Operators work night shifts and ask for a dark theme in the console.",
          u"Thanks, the idea is accepted into the roadmap for version 8.", Category::FeatureRequest,
          u"Microimpuls Middleware"},
    Story{u"Вопрос по лицензированию дополнительных рабочих мест",
          u"Сколько стоит подключение ещё пяти рабочих мест и как их активировать?",
          u"Стоимость и порядок активации описаны в статье «Дополнительные лицензии».",
          Category::Question, u"Business Studio"},
};

constexpr std::array statuses{
    TicketStatus::New,           TicketStatus::Open,     TicketStatus::PendingCustomer,
    TicketStatus::InDevelopment, TicketStatus::Resolved, TicketStatus::Closed};

constexpr std::array resolutions{Resolution::Answered,        Resolution::Fixed,
                                 Resolution::CannotReproduce, Resolution::InsufficientInformation,
                                 Resolution::OutOfScope,      Resolution::FeatureAccepted};

QString text(const char16_t *s)
{
    return QString::fromUtf16(s);
}

QString htmlOf(const QString &plain)
{
    return QStringLiteral("<p>") + plain.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace

DemoData::DemoData(quint32 seed) : m_random(seed) {}

QList<sd::core::Organisation> DemoData::organisations() const
{
    using sd::core::CustomerKind;
    auto org = [](const char16_t *name, const char *account, const char *contract,
                  const char *project, CustomerKind kind, const char *level, const char *domain) {
        sd::core::Organisation o;
        o.name = text(name);
        o.accountNumber = QString::fromLatin1(account);
        o.contractNumber = QString::fromLatin1(contract);
        o.projectCode = QString::fromLatin1(project);
        o.kind = kind;
        o.supportLevel = QString::fromLatin1(level);
        o.allowedContacts = {QStringLiteral("*@") + QString::fromLatin1(domain)};
        return o;
    };
    return {
        org(u"ООО «Ромашка»", "40702-118", "ТП-2025/118", "ROM-01", CustomerKind::Paying, "premium",
            "romashka.example"),
        org(u"Ветклиника «Айболит»", "40702-204", "ТП-2026/004", "VET-AIB", CustomerKind::Paying,
            "standard", "aibolit.example"),
        org(u"Northwind Logistics", "GB-5521", "SUP-2026-31", "NW-FIELD", CustomerKind::Paying,
            "premium", "northwind.example"),
        org(u"ИП Смирнова", "", "", "", CustomerKind::Trial, "basic", "smirnova.example"),
        org(u"Contoso Demo", "", "", "", CustomerKind::Demo, "basic", "contoso.example"),
        org(u"АО «Перспектива»", "", "", "", CustomerKind::Prospect, "basic",
            "perspektiva.example"),
    };
}

QList<DemoData::DemoUser> DemoData::users() const
{
    using sd::core::UserRole;
    auto user = [](const char *login, const char16_t *name, UserRole role, int org,
                   const char *locale) {
        DemoUser u;
        u.user.login = QString::fromLatin1(login);
        u.user.name = text(name);
        u.user.role = role;
        u.user.locale = QString::fromLatin1(locale);
        u.user.email = u.user.login + QStringLiteral("@supportdesk.example");
        u.organisationIndex = org;
        // Demo passwords are public on purpose: the demo database is for trying things out.
        u.password = QStringLiteral("demo-") + u.user.login;
        return u;
    };
    return {
        user("admin", u"Администратор", UserRole::Admin, -1, "ru"),
        user("supervisor", u"Ольга Кравцова", UserRole::Supervisor, -1, "ru"),
        user("agent.ivanov", u"Иван Иванов", UserRole::Agent, -1, "ru"),
        user("agent.petrova", u"Мария Петрова", UserRole::Agent, -1, "ru"),
        user("agent.smith", u"John Smith", UserRole::Agent, -1, "en"),
        user("dev.orlov", u"Павел Орлов", UserRole::Agent, -1, "ru"),
        user("romashka.buh", u"Елена Соколова", UserRole::Customer, 0, "ru"),
        user("aibolit.admin", u"Андрей Волков", UserRole::Customer, 1, "ru"),
        user("northwind.it", u"Emma Clarke", UserRole::Customer, 2, "en"),
        user("smirnova", u"Наталья Смирнова", UserRole::Customer, 3, "ru"),
        user("contoso.trial", u"Alex Johnson", UserRole::Customer, 4, "en"),
        user("perspektiva", u"Дмитрий Зайцев", UserRole::Customer, 5, "ru"),
    };
}

QList<DemoData::DemoCannedResponse> DemoData::cannedResponses() const
{
    auto shared = [](const char16_t *title, const char16_t *body) {
        return DemoCannedResponse{text(title), text(body)};
    };
    return {
        shared(u"Приветствие",
               u"<p>Здравствуйте, {{customer.name}}!</p><p>Спасибо за обращение. Ваша заявка "
               u"зарегистрирована под номером {{ticket.number}}, мы уже занимаемся ею.</p>"
               u"<p>С уважением,<br>{{agent.name}}<br>служба технической поддержки</p>"),
        shared(u"Запрос журналов и скриншотов",
               u"<p>{{customer.name}}, чтобы разобраться в проблеме, пришлите, пожалуйста:</p>"
               u"<ul><li>журнал ошибок из папки <code>logs</code> (в архиве ZIP, если он больше "
               u"300 КБ);</li><li>скриншот сообщения об ошибке в формате JPG, GIF или PNG;</li>"
               u"<li>точную версию программы и операционной системы.</li></ul><p>Ответьте на "
               u"это письмо, не меняя тему: номер {{ticket.number}} в ней свяжет ответ с "
               u"заявкой.</p>"),
        shared(u"Напоминание: ждём ответа клиента",
               u"<p>Здравствуйте, {{customer.name}}!</p><p>По заявке {{ticket.number}} мы ждём "
               u"от вас сведения, о которых спрашивали ранее. Пока их нет, срок решения "
               u"приостановлен. Если вопрос больше не актуален, напишите нам, и мы закроем "
               u"заявку.</p><p>{{agent.name}}</p>"),
        shared(u"Передано в разработку",
               u"<p>{{customer.name}}, мы воспроизвели проблему и передали заявку "
               u"{{ticket.number}} в отдел разработки. Заявка остаётся открытой: о ходе работ "
               u"мы сообщим в ней.</p>"),
        shared(u"Закрытие заявки",
               u"<p>{{customer.name}}, рады, что проблема решена. Заявка {{ticket.number}} "
               u"закрыта.</p><p>Пожалуйста, оцените нашу работу: это займёт минуту. Если "
               u"вопрос вернётся, ответьте на это письмо в течение 7 дней, и заявка откроется "
               u"снова.</p><p>С уважением,<br>{{agent.name}}</p>"),
        // One agent's own, so the list shows both kinds.
        DemoCannedResponse{
            text(u"Обход ошибки 0x80070005 при импорте"),
            text(u"<p>Временное решение: выдайте учётной записи службы импорта право на запись "
                 u"в папку <code>%TEMP%</code> и повторите импорт. Подробности в статье базы "
                 u"знаний «Права доступа при импорте справочников».</p>"),
            2},
    };
}

DemoData::DemoTicket DemoData::ticket(int index, const QDateTime &now)
{
    static constexpr int firstCustomer = 6;
    static constexpr int customerCount = 6;
    static constexpr std::array agents{2, 3, 4};
    const Story &story = stories[index % stories.size()];
    DemoTicket out;
    out.requesterIndex = firstCustomer + m_random.bounded(customerCount);
    out.organisationIndex = out.requesterIndex - firstCustomer;
    sd::core::Ticket &t = out.ticket;
    t.subject = text(story.subject);
    t.description = text(story.description);
    t.category = story.category;
    t.product = text(story.product);
    t.productVersion = QStringLiteral("%1.%2.%3").arg(5 + index % 3).arg(index % 10).arg(index % 7);
    t.os = index % 2 ? QStringLiteral("Windows 11 23H2") : QStringLiteral("Debian 12");
    t.affectedUsers = 1 + m_random.bounded(50);
    t.priority = index % 17 == 0  ? Priority::Critical
                 : index % 5 == 0 ? Priority::High
                                  : Priority::Normal;
    t.status = statuses[index % statuses.size()];
    if (t.status == TicketStatus::Resolved || t.status == TicketStatus::Closed)
        t.resolution = resolutions[m_random.bounded(int(resolutions.size()))];
    out.development = t.status == TicketStatus::InDevelopment;
    t.createdAt = now.addSecs(-qint64(m_random.bounded(60 * 24 * 3600)));
    if (t.status != TicketStatus::New)
        out.assigneeIndex = out.development ? 5 : agents[m_random.bounded(int(agents.size()))];

    sd::core::Message asked;
    asked.kind = MessageKind::Customer;
    asked.authorId = out.requesterIndex;
    asked.bodyText = t.description;
    asked.bodyHtml = htmlOf(asked.bodyText);
    asked.createdAt = t.createdAt;
    out.messages.append(asked);
    if (t.status == TicketStatus::New)
        return out;
    sd::core::Message note;
    note.kind = MessageKind::Note;
    note.authorId = out.assigneeIndex;
    note.bodyText = out.development
                        ? QStringLiteral("Воспроизвёл на стенде, передаю в разработку.")
                        : QStringLiteral("Internal: check the customer's contract level.");
    note.bodyHtml = htmlOf(note.bodyText);
    note.createdAt = t.createdAt.addSecs(1800);
    out.messages.append(note);
    sd::core::Message reply;
    reply.kind = MessageKind::Reply;
    reply.authorId = out.assigneeIndex;
    reply.bodyText = text(story.reply);
    reply.bodyHtml = htmlOf(reply.bodyText);
    reply.createdAt = t.createdAt.addSecs(3600 + m_random.bounded(8 * 3600));
    out.messages.append(reply);
    t.firstResponseAt = reply.createdAt;
    if (t.status == TicketStatus::Resolved || t.status == TicketStatus::Closed)
        t.resolvedAt = reply.createdAt.addSecs(2 * 3600);
    return out;
}

} // namespace sd::server
