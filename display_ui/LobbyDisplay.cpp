#include "display_ui/LobbyDisplay.h"

#include "core/services/ChangeNotifier.h"
#include "display_ui/Announcer.h"
#include "display_ui/AudioSink.h"
#include "display_ui/CallPhrase.h"
#include "display_ui/DisplayFilter.h"
#include "display_ui/DisplayLog.h"
#include "display_ui/DisplayModel.h"
#include "display_ui/DisplayWindow.h"

#include <QImageReader>

using namespace Qt::Literals::StringLiterals;

namespace antre {

LobbyDisplay::LobbyDisplay(QueueService& queue, const Clock& clock, ChangeNotifier* changes,
                           DisplayOptions options, std::unique_ptr<AudioSink> sink, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_changes(changes), m_sink(std::move(sink)),
      m_model(std::make_unique<DisplayModel>(queue, DisplayFilter(m_options.agencies, m_options.counters),
                                             m_options.recentCount)),
      m_announcer(std::make_unique<Announcer>(m_sink.get())),
      m_window(std::make_unique<DisplayWindow>(*m_model, clock, m_options.recentCount))
{
    connect(m_model.get(), &DisplayModel::callsArrived, this, &LobbyDisplay::announce);
}

LobbyDisplay::~LobbyDisplay()
{
    // The window and announcer refer to the model and sink; take them down first.
    m_window.reset();
    m_announcer.reset();
}

Status LobbyDisplay::start()
{
    if (auto loaded = m_model->load(); !loaded.ok())
        return loaded;
    if (!m_options.logo.isEmpty()) {
        QImageReader reader(m_options.logo);
        const QImage logo = reader.read();
        if (logo.isNull())
            qCWarning(lcDisplay).noquote()
                << "cannot read the logo" << m_options.logo << "-" << reader.errorString();
        m_window->setLogo(logo);
    }
    if (m_options.sound) {
        if (m_sink) {
            QStringList counterNames;
            for (const auto& counter : m_model->config().counters)
                if (m_model->filter().acceptsCounter(counter.code))
                    counterNames << counter.name;
            m_sink->prepare(CallPhrase::vocabulary(m_model->config().site.callPhrase, counterNames));
        }
        m_announcer->checkAudio();
    }
    if (m_changes)
        connect(m_changes, &ChangeNotifier::changed, m_model.get(), &DisplayModel::refresh);
    return Done{};
}

void LobbyDisplay::announce(const QList<CallInfo>& calls)
{
    if (!m_options.sound)
        return;
    const QString phrase = m_model->config().site.callPhrase;
    for (const CallInfo& call : calls)
        m_announcer->enqueue(CallPhrase::build(call, phrase, m_options.digitByDigit));
}

} // namespace antre
