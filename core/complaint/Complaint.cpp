#include "core/complaint/Complaint.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

constexpr std::array<std::pair<ComplaintChannel, QStringView>, 7> kChannels{{
    {ComplaintChannel::Kiosk, u"kiosk"},
    {ComplaintChannel::DatangLangsung, u"datang_langsung"},
    {ComplaintChannel::Telepon, u"telepon"},
    {ComplaintChannel::Surat, u"surat"},
    {ComplaintChannel::Email, u"email"},
    {ComplaintChannel::MediaSosial, u"media_sosial"},
    {ComplaintChannel::Lapor, u"lapor"},
}};

constexpr std::array<std::pair<ComplaintCategory, QStringView>, 9> kCategories{{
    {ComplaintCategory::Petugas, u"petugas"},
    {ComplaintCategory::Waktu, u"waktu"},
    {ComplaintCategory::Biaya, u"biaya"},
    {ComplaintCategory::Persyaratan, u"persyaratan"},
    {ComplaintCategory::Prosedur, u"prosedur"},
    {ComplaintCategory::Produk, u"produk"},
    {ComplaintCategory::Sarana, u"sarana"},
    {ComplaintCategory::Informasi, u"informasi"},
    {ComplaintCategory::Lainnya, u"lainnya"},
}};

constexpr std::array<std::pair<ComplaintStatus, QStringView>, 6> kStatuses{{
    {ComplaintStatus::Diterima, u"diterima"},
    {ComplaintStatus::Diverifikasi, u"diverifikasi"},
    {ComplaintStatus::Ditindaklanjuti, u"ditindaklanjuti"},
    {ComplaintStatus::Dijawab, u"dijawab"},
    {ComplaintStatus::Selesai, u"selesai"},
    {ComplaintStatus::Ditolak, u"ditolak"},
}};

constexpr std::array<std::pair<SlaClass, QStringView>, 4> kSlaClasses{{
    {SlaClass::Ringan, u"ringan"},
    {SlaClass::Sedang, u"sedang"},
    {SlaClass::Berat, u"berat"},
    {SlaClass::PerluPemeriksaan, u"perlu_pemeriksaan"},
}};

template <typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, QStringView>, N>& table, E value)
{
    for (const auto& [e, key] : table)
        if (e == value)
            return key.toString();
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromKey(const std::array<std::pair<E, QStringView>, N>& table, const QString& key)
{
    for (const auto& [e, k] : table)
        if (k == key)
            return e;
    return std::nullopt;
}

template <typename E, std::size_t N> QList<E> valuesOf(const std::array<std::pair<E, QStringView>, N>& table)
{
    QList<E> values;
    for (const auto& entry : table)
        values.append(entry.first);
    return values;
}

} // namespace

QString toKey(ComplaintChannel channel)
{
    return keyOf(kChannels, channel);
}
QString toKey(ComplaintCategory category)
{
    return keyOf(kCategories, category);
}
QString toKey(ComplaintStatus status)
{
    return keyOf(kStatuses, status);
}
QString toKey(SlaClass sla)
{
    return keyOf(kSlaClasses, sla);
}
std::optional<ComplaintChannel> complaintChannelFromKey(const QString& key)
{
    return fromKey(kChannels, key);
}
std::optional<ComplaintCategory> complaintCategoryFromKey(const QString& key)
{
    return fromKey(kCategories, key);
}
std::optional<ComplaintStatus> complaintStatusFromKey(const QString& key)
{
    return fromKey(kStatuses, key);
}
std::optional<SlaClass> slaClassFromKey(const QString& key)
{
    return fromKey(kSlaClasses, key);
}
QList<ComplaintChannel> allComplaintChannels()
{
    return valuesOf(kChannels);
}
QList<ComplaintCategory> allComplaintCategories()
{
    return valuesOf(kCategories);
}
QList<ComplaintStatus> allComplaintStatuses()
{
    return valuesOf(kStatuses);
}
QList<SlaClass> allSlaClasses()
{
    return valuesOf(kSlaClasses);
}

QString ComplaintLabels::channel(ComplaintChannel channel)
{
    switch (channel) {
    case ComplaintChannel::Kiosk:
        return tr("Kiosk");
    case ComplaintChannel::DatangLangsung:
        return tr("In person");
    case ComplaintChannel::Telepon:
        return tr("Telephone");
    case ComplaintChannel::Surat:
        return tr("Letter");
    case ComplaintChannel::Email:
        return tr("Email");
    case ComplaintChannel::MediaSosial:
        return tr("Social media");
    case ComplaintChannel::Lapor:
        return u"SP4N-LAPOR!"_s;
    }
    return {};
}

QString ComplaintLabels::category(ComplaintCategory category)
{
    switch (category) {
    case ComplaintCategory::Petugas:
        return tr("Officer's conduct");
    case ComplaintCategory::Waktu:
        return tr("Waiting and service time");
    case ComplaintCategory::Biaya:
        return tr("Fees");
    case ComplaintCategory::Persyaratan:
        return tr("Requirements");
    case ComplaintCategory::Prosedur:
        return tr("Procedure");
    case ComplaintCategory::Produk:
        return tr("Document or product");
    case ComplaintCategory::Sarana:
        return tr("Facilities");
    case ComplaintCategory::Informasi:
        return tr("Information");
    case ComplaintCategory::Lainnya:
        return tr("Other");
    }
    return {};
}

QString ComplaintLabels::status(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Diterima:
        return tr("Received");
    case ComplaintStatus::Diverifikasi:
        return tr("Verified");
    case ComplaintStatus::Ditindaklanjuti:
        return tr("Being followed up");
    case ComplaintStatus::Dijawab:
        return tr("Answered");
    case ComplaintStatus::Selesai:
        return tr("Closed");
    case ComplaintStatus::Ditolak:
        return tr("Rejected");
    }
    return {};
}

QString ComplaintLabels::sla(SlaClass sla)
{
    switch (sla) {
    case SlaClass::Ringan:
        return tr("Light");
    case SlaClass::Sedang:
        return tr("Moderate");
    case SlaClass::Berat:
        return tr("Serious");
    case SlaClass::PerluPemeriksaan:
        return tr("Needs an inspection");
    }
    return {};
}

bool Complaint::isOpen() const
{
    return status != ComplaintStatus::Selesai && status != ComplaintStatus::Ditolak;
}

bool Complaint::isOverdue(QDate today) const
{
    const bool waiting = status == ComplaintStatus::Diterima || status == ComplaintStatus::Diverifikasi ||
                         status == ComplaintStatus::Ditindaklanjuti;
    return waiting && dueDay.isValid() && today > dueDay;
}

bool Complaint::answeredWithinSla() const
{
    return answeredDay.isValid() && answeredDay <= dueDay;
}

} // namespace antre
