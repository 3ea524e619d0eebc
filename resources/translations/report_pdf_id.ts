<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>OmbudsmanPdf</name>
    <message>
        <source>None in this period.</source>
        <translation>Tidak ada pada periode ini.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>tidak tercatat</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Received %1, answered %2, rejected %3, still open %4, overdue %5.</source>
        <translation>Diterima %1, dijawab %2, ditolak %3, masih terbuka %4, lewat tenggat %5.</translation>
    </message>
    <message>
        <source>Median time to answer: %1. Answered within the SLA: %2 (%3 of %4 decided).</source>
        <translation>Median waktu menjawab: %1. Dijawab dalam SLA: %2 (%3 dari %4 yang sudah dapat dinilai).</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Public service compliance report (Ombudsman)</source>
        <translation>Laporan kepatuhan pelayanan publik (Ombudsman)</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Periode: %1 – %2</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Dibuat pada %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Angka utama</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>Tiket diterbitkan</translation>
    </message>
    <message>
        <source>Citizens served</source>
        <translation>Warga dilayani</translation>
    </message>
    <message>
        <source>Called within the wait target</source>
        <translation>Dipanggil dalam target tunggu</translation>
    </message>
    <message>
        <source>Booths empty during opening hours (minutes)</source>
        <translation>Loket kosong selama jam layanan (menit)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>IKM of the hall</source>
        <translation>IKM mal</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Responden survei</translation>
    </message>
    <message>
        <source>%1 of %2 needed</source>
        <translation>%1 dari %2 responden yang dibutuhkan</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Pengaduan diterima</translation>
    </message>
    <message>
        <source>Complaints answered within the SLA</source>
        <translation>Pengaduan dijawab dalam SLA</translation>
    </message>
    <message>
        <source>IKM per service</source>
        <translation>IKM per layanan</translation>
    </message>
    <message>
        <source>IKM per agency</source>
        <translation>IKM per instansi</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Tidak dapat menulis %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
</context>
</TS>
