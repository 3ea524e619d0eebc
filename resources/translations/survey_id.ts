<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>SurveyApp</name>
    <message>
        <source>Antre booth survey screen: the citizen rates the visit just finished at this booth (SKM).</source>
        <translation>Layar survei Antre di loket: warga menilai kunjungan yang baru selesai di loket ini (SKM).</translation>
    </message>
    <message>
        <source>The booth this screen stands at, by code (required), e.g. L1.</source>
        <translation>Loket tempat layar ini berada, menurut kodenya (wajib), misalnya L1.</translation>
    </message>
    <message>
        <source>Start on a screen, with sample content that is never stored: idle, offer, survey[:STEP], thanks or rated (for screenshots).</source>
        <translation>Mulai pada satu layar, dengan isi contoh yang tidak pernah disimpan: idle, offer, survey[:LANGKAH], thanks atau rated (untuk tangkapan layar).</translation>
    </message>
    <message>
        <source>Seconds without a touch before an unfinished survey is discarded (default 30).</source>
        <translation>Detik tanpa sentuhan sebelum survei yang belum selesai dibuang (bawaan 30).</translation>
    </message>
    <message>
        <source>--counter CODE is required: the booth this screen stands at</source>
        <translation>--counter KODE wajib diisi: loket tempat layar ini berada</translation>
    </message>
    <message>
        <source>--idle-seconds: &quot;%1&quot; is not a number from 5 to 3600</source>
        <translation>--idle-seconds: &quot;%1&quot; bukan angka dari 5 sampai 3600</translation>
    </message>
</context>
<context>
    <name>antre::survey::SurveyWindow</name>
    <message>
        <source>--screen: &quot;%1&quot; is not idle, offer, survey[:STEP], thanks or rated</source>
        <translation>--screen: &quot;%1&quot; bukan idle, offer, survey[:LANGKAH], thanks atau rated</translation>
    </message>
    <message>
        <source>Sample service</source>
        <translation>Layanan contoh</translation>
    </message>
    <message>
        <source>Antre survey</source>
        <translation>Survei Antre</translation>
    </message>
    <message>
        <source>Customer satisfaction survey</source>
        <translation>Survei Kepuasan Masyarakat</translation>
    </message>
    <message>
        <source>Booth %1</source>
        <translation>Loket %1</translation>
    </message>
    <message>
        <source>How was our service?</source>
        <translation>Bagaimana layanan kami?</translation>
    </message>
    <message>
        <source>When your visit here is finished, this screen asks you to rate it: about 30 seconds, and your name is never asked.</source>
        <translation>Setelah Anda selesai dilayani di sini, layar ini meminta penilaian Anda: sekitar 30 detik, dan nama Anda tidak pernah ditanyakan.</translation>
    </message>
    <message>
        <source>Rate the service for ticket %1?</source>
        <translation>Nilai layanan untuk tiket %1?</translation>
    </message>
    <message>
        <source>Nine short questions, about 30 seconds. Your name is not asked.</source>
        <translation>Sembilan pertanyaan singkat, sekitar 30 detik. Nama Anda tidak ditanyakan.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Terima kasih!</translation>
    </message>
    <message>
        <source>Your answers help us improve our service.</source>
        <translation>Jawaban Anda membantu kami memperbaiki layanan.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Terima kasih</translation>
    </message>
    <message>
        <source>Ticket %1 has already been rated. One response per visit is enough.</source>
        <translation>Tiket %1 sudah dinilai. Satu penilaian untuk setiap kunjungan sudah cukup.</translation>
    </message>
    <message>
        <source>Sorry, your answers could not be saved</source>
        <translation>Maaf, jawaban Anda tidak dapat disimpan</translation>
    </message>
</context>
</TS>
