#include "display_ui/AudioSink.h"

#include <QAudioDevice>
#include <QMediaDevices>

namespace antre {

AudioSink::AudioSink(QObject* parent) : QObject(parent) {}

AudioSink::~AudioSink() = default;

void AudioSink::prepare(const QStringList& vocabulary)
{
    Q_UNUSED(vocabulary)
}

bool AudioSink::hasAudioOutput()
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

} // namespace antre
