<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>ComplaintFigures</name>
    <message>
        <source>Monthly complaint report</source>
        <translation>Laporan pengaduan bulanan</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Complaints received in the period</source>
        <translation>Pengaduan yang diterima dalam periode ini</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <source>Complaints of the period given an answer, whatever their status now</source>
        <translation>Pengaduan periode ini yang sudah diberi jawaban, apa pun statusnya sekarang</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Complaints rejected with a reason</source>
        <translation>Pengaduan yang ditolak dengan alasan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Not yet closed or rejected</source>
        <translation>Belum selesai atau ditolak</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Not answered by their due day, as of the report&apos;s date</source>
        <translation>Belum dijawab sampai batas waktunya, per tanggal laporan</translation>
    </message>
    <message>
        <source>Median time to answer</source>
        <translation>Median waktu menjawab</translation>
    </message>
    <message>
        <source>Calendar days from receipt to the first answer, the middle value</source>
        <translation>Hari kalender dari penerimaan sampai jawaban pertama, nilai tengahnya</translation>
    </message>
    <message>
        <source>Answered within the SLA</source>
        <translation>Dijawab sesuai SLA</translation>
    </message>
    <message>
        <source>%1 of %2 complaints whose SLA is decided (answered, or past the due day)</source>
        <translation>%1 dari %2 pengaduan yang SLA-nya sudah dapat dinilai (sudah dijawab, atau lewat batas waktu)</translation>
    </message>
    <message>
        <source>Complaints received %1, as of %2; statuses and overdue as of that day.</source>
        <translation>Pengaduan yang diterima %1, per %2; status dan keterlambatan per tanggal tersebut.</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>(no agency)</source>
        <translation>(tanpa instansi)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
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
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>Sesuai SLA</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Isi pengaduan</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
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
        <source>Meaning</source>
        <translation>Arti</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Per kategori</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Per saluran</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>Per instansi</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Per status</translation>
    </message>
    <message>
        <source>No complaints were received in this period.</source>
        <translation>Tidak ada pengaduan yang diterima dalam periode ini.</translation>
    </message>
</context>
<context>
    <name>IkmFigures</name>
    <message>
        <source>Requirements</source>
        <comment>short</comment>
        <translation>Persyaratan</translation>
    </message>
    <message>
        <source>Procedure</source>
        <comment>short</comment>
        <translation>Prosedur</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>short</comment>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Cost</source>
        <comment>short</comment>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Product</source>
        <comment>short</comment>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Competence</source>
        <comment>short</comment>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <comment>short</comment>
        <translation>Perilaku</translation>
    </message>
    <message>
        <source>Complaints</source>
        <comment>short</comment>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Facilities</source>
        <comment>short</comment>
        <translation>Sarana</translation>
    </message>
    <message>
        <source>Community satisfaction index (IKM)</source>
        <translation>Indeks Kepuasan Masyarakat (IKM)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>IKM quality band: its letter and name, &quot;A Sangat Baik&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 responses needed</source>
        <translation>%1 dari %2 responden yang dibutuhkan</translation>
    </message>
    <message>
        <source>No responses yet</source>
        <translation>Belum ada tanggapan</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Responden</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <source>Sample needed</source>
        <translation>Sampel dibutuhkan</translation>
    </message>
    <message>
        <source>IKM</source>
        <translation>IKM</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Mutu pelayanan</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(tidak tercatat)</translation>
    </message>
    <message>
        <source>Whole hall</source>
        <translation>Seluruh tempat layanan</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <source>NRR (1–4)</source>
        <translation>NRR (1–4)</translation>
    </message>
    <message>
        <source>Converted (×25)</source>
        <translation>Nilai konversi (×25)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>NRR per element (1–4)</source>
        <translation>NRR per unsur (1–4)</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>IKM per month</source>
        <translation>IKM per bulan</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>IKM per PermenPANRB 14/2017: (Σ NRR / 9) × 25; quality A 88,31–100, B 76,61–88,30, C 65,00–76,60, D 25,00–64,99.</source>
        <translation>IKM menurut PermenPANRB 14/2017: (Σ NRR / 9) × 25; mutu A 88,31–100, B 76,61–88,30, C 65,00–76,60, D 25,00–64,99.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
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
        <source>Served tickets</source>
        <translation>Tiket dilayani</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>Per element</source>
        <translation>Per unsur</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>Per layanan</translation>
    </message>
    <message>
        <source>Per agency</source>
        <translation>Per instansi</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Trend by month</source>
        <translation>Tren per bulan</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per bulan</translation>
    </message>
    <message>
        <source>No suggestions in this period.</source>
        <translation>Tidak ada saran dalam periode ini.</translation>
    </message>
    <message>
        <source>Per booth</source>
        <translation>Per loket</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Per officer</source>
        <translation>Per petugas</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Showing the %1 newest of %2 suggestions.</source>
        <translation>Menampilkan %1 saran terbaru dari %2.</translation>
    </message>
    <message>
        <source>%1 responses (no served tickets)</source>
        <translation>%1 responden (tidak ada tiket terlayani)</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>minutes</source>
        <translation>menit</translation>
    </message>
    <message>
        <source>Arrivals and served per hour</source>
        <translation>Kedatangan dan dilayani per jam</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>Tiket diambil</translation>
    </message>
    <message>
        <source>Served (by hour of call)</source>
        <translation>Dilayani (menurut jam panggilan)</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>tiket</translation>
    </message>
    <message>
        <source>Wait distribution (minutes)</source>
        <translation>Sebaran waktu tunggu (menit)</translation>
    </message>
    <message>
        <source>Called tickets</source>
        <translation>Tiket yang dipanggil</translation>
    </message>
    <message>
        <source>Trend per day</source>
        <translation>Tren per hari</translation>
    </message>
    <message>
        <source>Trend per month</source>
        <translation>Tren per bulan</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <source>Mean wait (min)</source>
        <translation>Rata-rata tunggu (menit)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Wait-time report</source>
        <translation>Laporan Waktu Tunggu</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>As of %1; today&apos;s figures are still running.</source>
        <translation>Per %1; angka hari ini masih berjalan.</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>Per %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Waits in minutes from taking the ticket to the first call; service time from start of service to finish.</source>
        <translation>Waktu tunggu dalam menit, dari pengambilan tiket sampai panggilan pertama; waktu layanan dari mulai dilayani sampai selesai.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
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
        <source>Meaning</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Per layanan</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>Per instansi</translation>
    </message>
    <message>
        <source>By booth</source>
        <translation>Per loket</translation>
    </message>
    <message>
        <source>By officer</source>
        <translation>Per petugas</translation>
    </message>
    <message>
        <source>By hour of day</source>
        <translation>Per jam</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Per hari</translation>
    </message>
    <message>
        <source>Booth staffing</source>
        <translation>Kehadiran loket</translation>
    </message>
    <message>
        <source>Minutes within the opening hours of each booth&apos;s services; unstaffed means neither open nor on break while its services were open.</source>
        <translation>Menit dalam jam buka layanan setiap loket; kosong berarti loket tidak buka dan tidak istirahat selama layanannya buka.</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Rentang tanggal</translation>
    </message>
</context>
<context>
    <name>ReportWidgets</name>
    <message>
        <source>Report table: %1</source>
        <translation>Tabel laporan: %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>SupervisorLauncher</name>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--%1: &quot;%2&quot; bukan tanggal (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Staff ID to sign in with; with --screenshot no PIN is asked (screenshots only).</source>
        <translation>ID petugas untuk masuk; bersama --screenshot tanpa PIN (hanya untuk tangkapan layar).</translation>
    </message>
    <message>
        <source>Day of the report (and year of the recap, day of the lookup).</source>
        <translation>Tanggal laporan (juga tahun rekap dan tanggal pencarian tiket).</translation>
    </message>
    <message>
        <source>First day of a report range (with --to).</source>
        <translation>Hari pertama rentang laporan (bersama --to).</translation>
    </message>
    <message>
        <source>Last day of a report range (with --from).</source>
        <translation>Hari terakhir rentang laporan (bersama --from).</translation>
    </message>
    <message>
        <source>Ticket number to look up, e.g. A-012.</source>
        <translation>Nomor tiket yang dicari, mis. A-012.</translation>
    </message>
    <message>
        <source>--from and --to go together</source>
        <translation>--from dan --to harus dipakai bersama</translation>
    </message>
    <message>
        <source>Antre supervisor — first run</source>
        <translation>Penyelia Antre — penyiapan awal</translation>
    </message>
    <message>
        <source>--first-run: this hall is already set up</source>
        <translation>--first-run: tempat layanan ini sudah disiapkan</translation>
    </message>
    <message>
        <source>Page to open: dashboard, report, ikm, complaint-report, complaints, recap, lookup, config or staff.</source>
        <translation>Halaman yang dibuka: dashboard, report, ikm, complaint-report, complaints, recap, lookup, config atau staff.</translation>
    </message>
    <message>
        <source>--view: &quot;%1&quot; is not one of dashboard, report, ikm, complaint-report, complaints, recap, lookup, config, staff</source>
        <translation>--view: &quot;%1&quot; bukan salah satu dari dashboard, report, ikm, complaint-report, complaints, recap, lookup, config, staff</translation>
    </message>
    <message>
        <source>On a hall not set up yet: the first-run step to show (choice, hall, service or admin), or demo: the demo way started.</source>
        <translation>Pada tempat layanan yang belum disiapkan: langkah penyiapan awal yang ditampilkan (choice, hall, service, atau admin), atau demo: cara demo langsung dimulai.</translation>
    </message>
    <message>
        <source>--first-run: &quot;%1&quot; is not one of choice, demo, hall, service, admin</source>
        <translation>--first-run: &quot;%1&quot; bukan salah satu dari choice, demo, hall, service, admin</translation>
    </message>
</context>
<context>
    <name>antre::AgencyForm</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Short code, e.g. DUKCAPIL; cannot change once saved</source>
        <translation>Kode singkat, mis. DUKCAPIL; tidak dapat diubah setelah disimpan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Full name of the agency</source>
        <translation>Nama lengkap instansi</translation>
    </message>
</context>
<context>
    <name>antre::BackupTile</name>
    <message>
        <source>Backups: not readable (%1)</source>
        <translation>Cadangan: tidak dapat dibaca (%1)</translation>
    </message>
    <message numerus="yes">
        <source>No backup in %n days</source>
        <translation>
            <numerusform>Belum ada cadangan dalam %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>The nightly backup has recorded nothing: check the antre-backup timer (journalctl -u antre-backup)</source>
        <translation>Pencadangan malam tidak mencatat apa pun: periksa pewaktu antre-backup (journalctl -u antre-backup)</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Cadangan gagal: %1</translation>
    </message>
    <message>
        <source>Backup failed %1; the journal of antre-backup says more</source>
        <translation>Cadangan gagal %1; jurnal antre-backup memuat keterangan lengkapnya</translation>
    </message>
    <message>
        <source>Last backup: %1, checked</source>
        <translation>Cadangan terakhir: %1, diperiksa</translation>
    </message>
    <message>
        <source>last night %1</source>
        <translation>tadi malam %1</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>hari ini %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>kemarin %1</translation>
    </message>
</context>
<context>
    <name>antre::ComplaintDesk</name>
    <message>
        <source>Overdue only</source>
        <translation>Hanya lewat tenggat</translation>
    </message>
    <message>
        <source>Record complaint</source>
        <translation>Catat pengaduan</translation>
    </message>
    <message>
        <source>Record a complaint that came in person, by phone, letter, e-mail, social media or SP4N-LAPOR!</source>
        <translation>Catat pengaduan yang datang langsung, lewat telepon, surat, surel, media sosial, atau SP4N-LAPOR!</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show complaints with this status</source>
        <translation>Tampilkan pengaduan dengan status ini</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Open (not closed or rejected)</source>
        <translation>Terbuka (belum selesai atau ditolak)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Show complaints that came by this channel</source>
        <translation>Tampilkan pengaduan yang masuk lewat saluran ini</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Semua saluran</translation>
    </message>
    <message>
        <source>Only open complaints whose answer is past its due day</source>
        <translation>Hanya pengaduan terbuka yang jawabannya sudah lewat tenggat</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Find a complaint by its reference or LAPOR! tracking number</source>
        <translation>Cari pengaduan menurut nomornya atau nomor lacak LAPOR!</translation>
    </message>
    <message>
        <source>Search reference, e.g. ADU-2026-00042</source>
        <translation>Cari nomor, mis. ADU-2026-00042</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Complaints with their due day, newest first; select one to see and follow it up</source>
        <translation>Pengaduan dengan tenggatnya, terbaru di atas; pilih satu untuk melihat dan menindaklanjutinya</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Complaint desk</source>
        <translation>Meja pengaduan</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) shown</source>
        <translation>
            <numerusform>%n pengaduan ditampilkan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · lewat tenggat</translation>
    </message>
</context>
<context>
    <name>antre::ComplaintDetail</name>
    <message>
        <source>Verify</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Tindak lanjuti</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Catat jawaban</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>A note for the history; the reason when the complaint is rejected</source>
        <translation>Catatan untuk riwayat; alasannya bila pengaduan ditolak</translation>
    </message>
    <message>
        <source>Answer to the citizen</source>
        <translation>Jawaban kepada warga</translation>
    </message>
    <message>
        <source>The answer given to the citizen, recorded with the step to answered</source>
        <translation>Jawaban yang diberikan kepada warga, dicatat bersama langkah ke dijawab</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <source>Add the note to the history</source>
        <translation>Tambahkan catatan ke riwayat</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tugaskan</translation>
    </message>
    <message>
        <source>Assign the complaint to the agency and officer chosen</source>
        <translation>Tugaskan pengaduan kepada instansi dan petugas yang dipilih</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>What the citizen said</source>
        <translation>Apa yang disampaikan warga</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Every change of the complaint with its note, oldest first</source>
        <translation>Setiap perubahan pengaduan dengan catatannya, terlama di atas</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>The agency that follows the complaint up</source>
        <translation>Instansi yang menindaklanjuti pengaduan</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>The officer responsible for the complaint</source>
        <translation>Petugas yang bertanggung jawab atas pengaduan</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Tugaskan kepada</translation>
    </message>
    <message>
        <source>Note (the reason, to reject)</source>
        <translation>Catatan (alasan, untuk menolak)</translation>
    </message>
    <message>
        <source>No complaint selected</source>
        <translation>Belum ada pengaduan yang dipilih</translation>
    </message>
    <message>
        <source>— agency —</source>
        <translation>— instansi —</translation>
    </message>
    <message>
        <source>— officer —</source>
        <translation>— petugas —</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Received %1 via %2</source>
        <translation>Diterima %1 lewat %2</translation>
    </message>
    <message>
        <source>Category: %1 · SLA: %2, answer due %3</source>
        <translation>Kategori: %1 · SLA: %2, tenggat jawaban %3</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontak: %1</translation>
    </message>
    <message>
        <source>Ticket: %1 · service: %2 · agency: %3 · booth: %4</source>
        <translation>Tiket: %1 · layanan: %2 · instansi: %3 · loket: %4</translation>
    </message>
    <message>
        <source>Assigned to: %1 · %2</source>
        <translation>Ditugaskan kepada: %1 · %2</translation>
    </message>
    <message>
        <source>LAPOR! tracking number: %1</source>
        <translation>Nomor lacak LAPOR!: %1</translation>
    </message>
    <message>
        <source>⚠ Overdue: the answer was due %1</source>
        <translation>⚠ Lewat tenggat: jawaban seharusnya paling lambat %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Ditolak: %1</translation>
    </message>
    <message>
        <source>Answer given (%1): %2</source>
        <translation>Jawaban yang diberikan (%1): %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>kios</translation>
    </message>
    <message>
        <source>Received; no notes yet.</source>
        <translation>Diterima; belum ada catatan.</translation>
    </message>
    <message>
        <source>Move the complaint to %1</source>
        <translation>Pindahkan pengaduan ke %1</translation>
    </message>
    <message>
        <source>Closed: notes only</source>
        <translation>Ditutup: hanya catatan</translation>
    </message>
    <message>
        <source>Only supervisors and administrators change complaints.</source>
        <translation>Hanya supervisor dan administrator yang dapat mengubah pengaduan.</translation>
    </message>
    <message>
        <source>Select a complaint first.</source>
        <translation>Pilih pengaduan terlebih dahulu.</translation>
    </message>
    <message>
        <source>Write the reason for the rejection in the note first.</source>
        <translation>Tulis dahulu alasan penolakan di kolom catatan.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 sekarang %2.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Tulis catatannya terlebih dahulu.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Catatan ditambahkan.</translation>
    </message>
    <message>
        <source>Choose another agency or officer first.</source>
        <translation>Pilih dahulu instansi atau petugas yang lain.</translation>
    </message>
    <message>
        <source>Assigned.</source>
        <translation>Ditugaskan.</translation>
    </message>
</context>
<context>
    <name>antre::ComplaintForm</name>
    <message>
        <source>LAPOR! tracking number</source>
        <translation>Nomor lacak LAPOR!</translation>
    </message>
    <message>
        <source>Record complaint</source>
        <translation>Catat pengaduan</translation>
    </message>
    <message>
        <source>Record the complaint and give it its reference</source>
        <translation>Catat pengaduan dan berikan nomornya</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close the form without recording</source>
        <translation>Tutup formulir tanpa mencatat</translation>
    </message>
    <message>
        <source>e.g. A-012</source>
        <translation>mis. A-012</translation>
    </message>
    <message>
        <source>e.g. LAP1234567</source>
        <translation>mis. LAP1234567</translation>
    </message>
    <message>
        <source>Telephone or e-mail, only if the citizen wants an answer</source>
        <translation>Telepon atau surel, hanya bila warga menginginkan jawaban</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>How the complaint reached the hall</source>
        <translation>Bagaimana pengaduan sampai ke mal pelayanan</translation>
    </message>
    <message>
        <source>The tracking number SP4N-LAPOR! gave the complaint</source>
        <translation>Nomor lacak yang diberikan SP4N-LAPOR! untuk pengaduan ini</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>What the complaint is about</source>
        <translation>Hal yang diadukan</translation>
    </message>
    <message>
        <source>SLA class</source>
        <translation>Kelas SLA</translation>
    </message>
    <message>
        <source>How many working days the answer has; follows the category</source>
        <translation>Berapa hari kerja untuk menjawab; mengikuti kategori</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>What the citizen says, in their words</source>
        <translation>Apa yang disampaikan warga, dengan kata-katanya sendiri</translation>
    </message>
    <message>
        <source>Contact (optional)</source>
        <translation>Kontak (opsional)</translation>
    </message>
    <message>
        <source>How to reach the citizen for the answer</source>
        <translation>Cara menghubungi warga untuk jawabannya</translation>
    </message>
    <message>
        <source>Agency (optional)</source>
        <translation>Instansi (opsional)</translation>
    </message>
    <message>
        <source>The agency the complaint is about</source>
        <translation>Instansi yang diadukan</translation>
    </message>
    <message>
        <source>Service (optional)</source>
        <translation>Layanan (opsional)</translation>
    </message>
    <message>
        <source>The service the complaint is about</source>
        <translation>Layanan yang diadukan</translation>
    </message>
    <message>
        <source>Booth (optional)</source>
        <translation>Loket (opsional)</translation>
    </message>
    <message>
        <source>The booth the complaint is about</source>
        <translation>Loket yang diadukan</translation>
    </message>
    <message>
        <source>Ticket (optional)</source>
        <translation>Tiket (opsional)</translation>
    </message>
    <message>
        <source>The citizen&apos;s ticket number of the last days; gives the service, agency and booth</source>
        <translation>Nomor tiket warga dari beberapa hari terakhir; memberi layanan, instansi, dan loketnya</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>Pengaduan baru</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— tidak ada —</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>antre::ComplaintReportView</name>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Save the complaint report as a CSV file for a spreadsheet</source>
        <translation>Simpan laporan pengaduan sebagai berkas CSV untuk lembar kerja</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <source>Save the complaint report as an A4 PDF to print or send</source>
        <translation>Simpan laporan pengaduan sebagai PDF A4 untuk dicetak atau dikirim</translation>
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
        <source>By category</source>
        <translation>Per kategori</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Per saluran</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>Per instansi</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Per status</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No complaints were received in %1.</source>
        <translation>Tidak ada pengaduan yang diterima pada %1.</translation>
    </message>
    <message>
        <source>Show a month first.</source>
        <translation>Tampilkan satu bulan terlebih dahulu.</translation>
    </message>
    <message>
        <source>complaint-report</source>
        <translation>laporan-pengaduan</translation>
    </message>
</context>
<context>
    <name>antre::ConfigEditor</name>
    <message>
        <source>Save and apply</source>
        <translation>Simpan dan terapkan</translation>
    </message>
    <message>
        <source>Check the whole configuration and, when it is valid, apply it to every kiosk and booth</source>
        <translation>Periksa seluruh konfigurasi dan, bila sudah benar, terapkan ke semua kios dan loket</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Batalkan perubahan</translation>
    </message>
    <message>
        <source>Forget the changes and show the stored configuration</source>
        <translation>Buang perubahan dan tampilkan konfigurasi yang tersimpan</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>Instansi baru</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Layanan baru</translation>
    </message>
    <message>
        <source>New booth</source>
        <translation>Loket baru</translation>
    </message>
    <message>
        <source>Configuration sections</source>
        <translation>Bagian konfigurasi</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfigurasi</translation>
    </message>
    <message>
        <source>Changes take effect on every kiosk, booth and display as soon as they are saved. Removed entries stay in the history of past reports.</source>
        <translation>Perubahan berlaku di semua kios, loket dan layar begitu disimpan. Entri yang dihapus tetap ada dalam riwayat laporan lama.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Ada perubahan yang belum disimpan.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n problem(s) to fix, marked next to the fields.</source>
        <translation>
            <numerusform>Belum ada yang disimpan: %n masalah perlu diperbaiki, ditandai di samping kolomnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. Kiosks, booths and the display use the new configuration now.</source>
        <translation>Tersimpan. Kios, loket dan layar kini memakai konfigurasi baru.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Gedung</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Services and hours</source>
        <translation>Layanan dan jam buka</translation>
    </message>
    <message>
        <source>Booths</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Ekspor JSON…</translation>
    </message>
    <message>
        <source>Save the stored configuration as a configuration file (without PINs)</source>
        <translation>Simpan konfigurasi yang tersimpan sebagai berkas konfigurasi (tanpa PIN)</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation>Ekspor konfigurasi</translation>
    </message>
    <message>
        <source>Configuration files (*.json)</source>
        <translation>Berkas konfigurasi (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>antre::CounterCard</name>
    <message>
        <source>EMPTY</source>
        <translation>KOSONG</translation>
    </message>
    <message>
        <source>No officer named</source>
        <translation>Petugas tidak tercatat</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Free — no ticket at the booth</source>
        <translation>Siap — tidak ada tiket di loket</translation>
    </message>
    <message>
        <source>Break for %1</source>
        <translation>Istirahat %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 selama %2</translation>
    </message>
    <message>
        <source>Should be staffed: its services are open now</source>
        <translation>Seharusnya dijaga: layanannya sedang buka</translation>
    </message>
    <message>
        <source>No officer</source>
        <translation>Tanpa petugas</translation>
    </message>
    <message>
        <source>Citizens cannot be served here</source>
        <translation>Warga tidak dapat dilayani di sini</translation>
    </message>
</context>
<context>
    <name>antre::CounterForm</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Short code, e.g. L1; cannot change once saved</source>
        <translation>Kode singkat, mis. L1; tidak dapat diubah setelah disimpan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Name shown on the lobby display and announced, e.g. Loket 1</source>
        <translation>Nama yang tampil di layar lobi dan diumumkan, mis. Loket 1</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>The services this booth calls tickets for</source>
        <translation>Layanan yang tiketnya dipanggil di loket ini</translation>
    </message>
    <message>
        <source>%1 (not a service any more)</source>
        <translation>%1 (sudah bukan layanan)</translation>
    </message>
</context>
<context>
    <name>antre::DashboardView</name>
    <message>
        <source>Booths</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Every booth with its state, officer and current ticket</source>
        <translation>Semua loket dengan status, petugas dan tiket yang sedang dilayani</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Waiting citizens per service and the longest wait against the service&apos;s target</source>
        <translation>Warga yang menunggu per layanan dan waktu tunggu terlama dibanding targetnya</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
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
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Tunggu terlama</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <source>Quota left</source>
        <translation>Sisa kuota</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Printer faults and other alerts from the kiosks today, newest first</source>
        <translation>Gangguan printer dan peringatan lain dari kios hari ini, terbaru di atas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message numerus="yes">
        <source>%n priority</source>
        <translation>
            <numerusform>%n prioritas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 menit</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Menunggu sekarang</translation>
    </message>
    <message>
        <source>Citizens waiting for any service</source>
        <translation>Warga yang menunggu di semua layanan</translation>
    </message>
    <message>
        <source>Longest wait: %1</source>
        <translation>Tunggu terlama: %1</translation>
    </message>
    <message>
        <source>Minutes and seconds the longest-waiting citizen has waited</source>
        <translation>Menit dan detik warga yang paling lama menunggu</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Tidak ada yang menunggu</translation>
    </message>
    <message>
        <source>Booths open</source>
        <translation>Loket buka</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Booths open now, of all booths</source>
        <translation>Loket yang buka sekarang, dari semua loket</translation>
    </message>
    <message>
        <source>Empty booths that should be open</source>
        <translation>Loket kosong yang seharusnya buka</translation>
    </message>
    <message>
        <source>Closed booths whose services are open now</source>
        <translation>Loket tutup padahal layanannya sedang buka</translation>
    </message>
    <message>
        <source>Issued today</source>
        <translation>Tiket hari ini</translation>
    </message>
    <message>
        <source>Tickets taken today</source>
        <translation>Tiket yang diambil hari ini</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Dilayani hari ini</translation>
    </message>
    <message>
        <source>Tickets finished today</source>
        <translation>Tiket yang selesai hari ini</translation>
    </message>
    <message>
        <source>No alerts today.</source>
        <translation>Tidak ada peringatan hari ini.</translation>
    </message>
    <message>
        <source>Alerts from kiosks today (%1)</source>
        <translation>Peringatan dari kios hari ini (%1)</translation>
    </message>
    <message>
        <source>%1 · account %2 locked after repeated wrong PINs</source>
        <translation>%1 · akun %2 terkunci karena PIN salah berulang kali</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4</source>
        <translation>%1 · %2 · %3: %4</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>kios</translation>
    </message>
    <message>
        <source>device</source>
        <translation>perangkat</translation>
    </message>
    <message>
        <source>(ticket %1)</source>
        <translation>(tiket %1)</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Buka %1</translation>
    </message>
    <message>
        <source>Issuing stopped</source>
        <translation>Tiket ditutup</translation>
    </message>
    <message>
        <source>Quota used up</source>
        <translation>Kuota habis</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Target: %1 min</source>
        <translation>Target: %1 menit</translation>
    </message>
    <message numerus="yes">
        <source>%1 · a PC&apos;s clock is %n min behind the hall&apos;s newest event; tickets keep the hall&apos;s order (check the clock and its time synchronisation)</source>
        <translation>
            <numerusform>%1 · jam sebuah PC tertinggal %n menit dari peristiwa terbaru aula; tiket tetap mengikuti urutan aula (periksa jam dan sinkronisasi waktunya)</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Complaints open / overdue</source>
        <translation>⚠ Pengaduan terbuka / lewat tenggat</translation>
    </message>
    <message>
        <source>Complaints open / overdue</source>
        <translation>Pengaduan terbuka / lewat tenggat</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Open complaints, and those past their answer&apos;s due day; click to see the overdue ones</source>
        <translation>Pengaduan terbuka, dan yang jawabannya lewat tenggat; klik untuk melihat yang lewat tenggat</translation>
    </message>
    <message>
        <source>Open complaints, none past its due day; click to see them</source>
        <translation>Pengaduan terbuka, tidak ada yang lewat tenggat; klik untuk melihatnya</translation>
    </message>
</context>
<context>
    <name>antre::FirstRunView</name>
    <message>
        <source>Welcome to Antre</source>
        <translation>Selamat datang di Antre</translation>
    </message>
    <message>
        <source>This hall has no configuration yet. Choose how to begin; everything can be changed later under Configuration and Staff.</source>
        <translation>Tempat layanan ini belum memiliki konfigurasi. Pilih cara memulai; semuanya dapat diubah nanti di Konfigurasi dan Petugas.</translation>
    </message>
    <message>
        <source>Import a hall file…</source>
        <translation>Impor berkas tempat layanan…</translation>
    </message>
    <message>
        <source>A configuration file (JSON) of this hall, e.g. exported from another PC</source>
        <translation>Berkas konfigurasi (JSON) tempat layanan ini, mis. hasil ekspor dari PC lain</translation>
    </message>
    <message>
        <source>Start from the demo hall</source>
        <translation>Mulai dari tempat layanan demo</translation>
    </message>
    <message>
        <source>Set up a new hall step by step</source>
        <translation>Siapkan tempat layanan baru langkah demi langkah</translation>
    </message>
    <message>
        <source>The hall&apos;s name and time zone, a first agency, service and booth, and the first administrator</source>
        <translation>Nama dan zona waktu tempat layanan, instansi, layanan, dan loket pertama, serta administrator pertama</translation>
    </message>
    <message>
        <source>Import a hall file</source>
        <translation>Impor berkas tempat layanan</translation>
    </message>
    <message>
        <source>Hall configuration (*.json);;All files (*)</source>
        <translation>Konfigurasi tempat layanan (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The file could not be imported:
%1</source>
        <translation>Berkas tidak dapat diimpor:
%1</translation>
    </message>
    <message>
        <source>MPP Kota Serang with its agencies, services, booths and staff, and a simulated week of visits, surveys and complaints</source>
        <translation>MPP Kota Serang dengan instansi, layanan, loket, dan petugasnya, serta simulasi kunjungan, survei, dan pengaduan selama seminggu</translation>
    </message>
    <message>
        <source>the demo hall&apos;s thread ended without a result</source>
        <translation>proses pembuatan tempat layanan demo berhenti tanpa hasil</translation>
    </message>
    <message>
        <source>Preparing the demo hall: securing the staff&apos;s PINs (%1 of %2)…</source>
        <translation>Menyiapkan tempat layanan demo: mengamankan PIN petugas (%1 dari %2)…</translation>
    </message>
    <message>
        <source>Preparing the demo hall: securing the staff&apos;s PINs…</source>
        <translation>Menyiapkan tempat layanan demo: mengamankan PIN petugas…</translation>
    </message>
    <message>
        <source>Preparing the demo hall: simulating its history, %1 of %2 days done…</source>
        <translation>Menyiapkan tempat layanan demo: riwayat simulasi, %1 dari %2 hari selesai…</translation>
    </message>
    <message>
        <source>Preparing the demo hall: playing this morning…</source>
        <translation>Menyiapkan tempat layanan demo: menjalankan pagi ini…</translation>
    </message>
    <message>
        <source>The demo hall could not be made:
%1</source>
        <translation>Tempat layanan demo tidak dapat dibuat:
%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Stop making the demo hall and choose again</source>
        <translation>Hentikan pembuatan tempat layanan demo dan pilih lagi</translation>
    </message>
    <message>
        <source>Stopping: the demo hall made so far is being removed…</source>
        <translation>Menghentikan: tempat layanan demo yang sudah dibuat sedang dihapus…</translation>
    </message>
</context>
<context>
    <name>antre::FirstRunWizard</name>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Go back one step</source>
        <translation>Kembali satu langkah</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation>Lanjut ke langkah berikutnya</translation>
    </message>
    <message>
        <source>Name of the hall</source>
        <translation>Nama tempat layanan</translation>
    </message>
    <message>
        <source>As the public knows it, e.g. MPP Kota Serang; it is shown on the display and the tickets</source>
        <translation>Seperti yang dikenal masyarakat, mis. MPP Kota Serang; ditampilkan di layar dan tiket</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>The hall&apos;s local time</source>
        <translation>Waktu setempat tempat layanan</translation>
    </message>
    <message>
        <source>WIB (Western Indonesia, Asia/Jakarta)</source>
        <translation>WIB (Waktu Indonesia Barat, Asia/Jakarta)</translation>
    </message>
    <message>
        <source>WITA (Central Indonesia, Asia/Makassar)</source>
        <translation>WITA (Waktu Indonesia Tengah, Asia/Makassar)</translation>
    </message>
    <message>
        <source>WIT (Eastern Indonesia, Asia/Jayapura)</source>
        <translation>WIT (Waktu Indonesia Timur, Asia/Jayapura)</translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation>Kode instansi</translation>
    </message>
    <message>
        <source>A short code, letters and digits, e.g. DUKCAPIL</source>
        <translation>Kode singkat, huruf dan angka, mis. DUKCAPIL</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Nama instansi</translation>
    </message>
    <message>
        <source>e.g. Dinas Kependudukan dan Pencatatan Sipil</source>
        <translation>mis. Dinas Kependudukan dan Pencatatan Sipil</translation>
    </message>
    <message>
        <source>Service code</source>
        <translation>Kode layanan</translation>
    </message>
    <message>
        <source>e.g. KTP</source>
        <translation>mis. KTP</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Nama layanan</translation>
    </message>
    <message>
        <source>e.g. Perekaman KTP-el</source>
        <translation>mis. Perekaman KTP-el</translation>
    </message>
    <message>
        <source>Ticket prefix</source>
        <translation>Awalan tiket</translation>
    </message>
    <message>
        <source>1 to 3 letters in front of the ticket number, e.g. A for A-001</source>
        <translation>1 sampai 3 huruf di depan nomor tiket, mis. A untuk A-001</translation>
    </message>
    <message>
        <source>Booth code</source>
        <translation>Kode loket</translation>
    </message>
    <message>
        <source>e.g. L1</source>
        <translation>mis. L1</translation>
    </message>
    <message>
        <source>Booth name</source>
        <translation>Nama loket</translation>
    </message>
    <message>
        <source>As the display and the announcement say it, e.g. Loket 1</source>
        <translation>Seperti yang ditampilkan di layar dan diumumkan, mis. Loket 1</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>ID petugas</translation>
    </message>
    <message>
        <source>Your staff ID, e.g. your NIP</source>
        <translation>ID petugas Anda, mis. NIP Anda</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Ulangi PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 sampai 12 angka</translation>
    </message>
    <message>
        <source>The hall</source>
        <translation>Tempat layanan</translation>
    </message>
    <message>
        <source>The first agency, service and booth</source>
        <translation>Instansi, layanan, dan loket pertama</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>Administrator pertama</translation>
    </message>
    <message>
        <source>Create the hall</source>
        <translation>Buat tempat layanan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The first administrator adds the other staff.</source>
        <translation>Administrator pertama menambahkan petugas lainnya.</translation>
    </message>
    <message>
        <source>Step %1 of 3</source>
        <translation>Langkah %1 dari 3</translation>
    </message>
</context>
<context>
    <name>antre::IkmView</name>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Save the satisfaction index as a CSV file for a spreadsheet</source>
        <translation>Simpan indeks kepuasan sebagai berkas CSV untuk lembar kerja</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <source>Save the satisfaction index as an A4 PDF to print or send</source>
        <translation>Simpan indeks kepuasan sebagai PDF A4 untuk dicetak atau dikirim</translation>
    </message>
    <message>
        <source>NRR per element</source>
        <translation>NRR per unsur</translation>
    </message>
    <message>
        <source>Bar chart of the mean score (1–4) of each of the nine elements</source>
        <translation>Diagram batang nilai rata-rata (1–4) tiap unsur dari sembilan unsur</translation>
    </message>
    <message>
        <source>IKM per month</source>
        <translation>IKM per bulan</translation>
    </message>
    <message>
        <source>Bar chart of the satisfaction index of each month</source>
        <translation>Diagram batang indeks kepuasan tiap bulan</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>Per layanan</translation>
    </message>
    <message>
        <source>Per agency</source>
        <translation>Per instansi</translation>
    </message>
    <message>
        <source>Per element</source>
        <translation>Per unsur</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per bulan</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>IKM tables</source>
        <translation>Tabel IKM</translation>
    </message>
    <message>
        <source>The index per service, agency, element and month, and the suggestions</source>
        <translation>Indeks per layanan, instansi, unsur, dan bulan, serta saran</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>IKM</source>
        <translation>IKM</translation>
    </message>
    <message>
        <source>The community satisfaction index of the period, 25–100</source>
        <translation>Indeks kepuasan masyarakat periode ini, 25–100</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>Mutu pelayanan</translation>
    </message>
    <message>
        <source>The quality band of the index: A Sangat Baik, B Baik, C Kurang Baik, D Tidak Baik</source>
        <translation>Mutu pelayanan menurut indeks: A Sangat Baik, B Baik, C Kurang Baik, D Tidak Baik</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Responden</translation>
    </message>
    <message>
        <source>Survey responses given in the period</source>
        <translation>Tanggapan survei yang diberikan dalam periode ini</translation>
    </message>
    <message>
        <source>Sample needed</source>
        <translation>Sampel dibutuhkan</translation>
    </message>
    <message>
        <source>Responses the survey needs for the period&apos;s served tickets (Krejcie &amp; Morgan)</source>
        <translation>Jumlah responden yang dibutuhkan survei untuk tiket yang dilayani dalam periode ini (Krejcie &amp; Morgan)</translation>
    </message>
    <message>
        <source>Served tickets</source>
        <translation>Tiket dilayani</translation>
    </message>
    <message>
        <source>Tickets served in the period: the population the sample is drawn from</source>
        <translation>Tiket yang dilayani dalam periode ini: populasi asal sampel</translation>
    </message>
    <message>
        <source> — the sample is not yet enough</source>
        <translation> — sampel belum mencukupi</translation>
    </message>
    <message>
        <source>%1 for %2.</source>
        <translation>%1 untuk %2.</translation>
    </message>
    <message>
        <source>Suggestions (%1)</source>
        <translation>Saran (%1)</translation>
    </message>
    <message>
        <source>Show a period first.</source>
        <translation>Tampilkan satu periode terlebih dahulu.</translation>
    </message>
    <message>
        <source>ikm</source>
        <translation>ikm</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Per booth</source>
        <translation>Per loket</translation>
    </message>
    <message>
        <source>Per officer</source>
        <translation>Per petugas</translation>
    </message>
</context>
<context>
    <name>antre::LoginView</name>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Sign in with the staff ID and PIN</source>
        <translation>Masuk dengan ID petugas dan PIN</translation>
    </message>
    <message>
        <source>Supervisor — dashboard, reports and configuration</source>
        <translation>Supervisor — dasbor, laporan dan konfigurasi</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>ID petugas</translation>
    </message>
    <message>
        <source>Your staff ID, e.g. your NIP</source>
        <translation>ID petugas Anda, mis. NIP</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Your PIN, 4 to 12 digits</source>
        <translation>PIN Anda, 4 sampai 12 angka</translation>
    </message>
    <message>
        <source>%1 is a booth officer. Only supervisors and administrators may use this program; officers sign in at their booth.</source>
        <translation>%1 adalah petugas loket. Hanya supervisor dan administrator yang dapat memakai program ini; petugas loket masuk di loketnya.</translation>
    </message>
    <message>
        <source>Enter your staff ID and PIN.</source>
        <translation>Masukkan ID petugas dan PIN Anda.</translation>
    </message>
</context>
<context>
    <name>antre::LookupView</name>
    <message>
        <source>Ticket number</source>
        <translation>Nomor tiket</translation>
    </message>
    <message>
        <source>The number printed on the ticket, e.g. A-012</source>
        <translation>Nomor yang tercetak di tiket, mis. A-012</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>The day the ticket was taken</source>
        <translation>Tanggal tiket diambil</translation>
    </message>
    <message>
        <source>e.g. A-012</source>
        <translation>mis. A-012</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Find the ticket and show its history</source>
        <translation>Cari tiket dan tampilkan riwayatnya</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Every recorded event of the ticket, oldest first</source>
        <translation>Semua peristiwa tiket yang tercatat, dari yang terlama</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Find a ticket</source>
        <translation>Cari tiket</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket number; write it as printed, e.g. A-012.</source>
        <translation>&quot;%1&quot; bukan nomor tiket; tulis seperti yang tercetak, mis. A-012.</translation>
    </message>
    <message>
        <source>Ticket taken</source>
        <translation>Tiket diambil</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Dipanggil</translation>
    </message>
    <message>
        <source>Called again</source>
        <translation>Dipanggil ulang</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>Mulai dilayani</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Did not come (no-show)</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Transferred to another service</source>
        <translation>Dialihkan ke layanan lain</translation>
    </message>
    <message>
        <source>Put back in the queue</source>
        <translation>Dimasukkan kembali ke antrean</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Expired at the end of the day</source>
        <translation>Kedaluwarsa di akhir hari</translation>
    </message>
    <message>
        <source>Device fault</source>
        <translation>Gangguan perangkat</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>layanan %1</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioritas</translation>
    </message>
    <message numerus="yes">
        <source>%n ahead</source>
        <translation>
            <numerusform>%n orang di depan</numerusform>
        </translation>
    </message>
    <message>
        <source>estimate %1 min</source>
        <translation>perkiraan %1 menit</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>dari %1 ke %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 menit</translation>
    </message>
    <message>
        <source>(taken for %1)</source>
        <translation>(diambil untuk %1)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <source>First called</source>
        <translation>Panggilan pertama</translation>
    </message>
    <message>
        <source>Wait to first call</source>
        <translation>Tunggu sampai panggilan pertama</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
</context>
<context>
    <name>antre::PeriodPicker</name>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>The kind of period the page shows</source>
        <translation>Jenis periode yang ditampilkan halaman ini</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>A day of the period, or the first day of the range</source>
        <translation>Satu hari dalam periode, atau hari pertama rentang</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Tanggal terakhir</translation>
    </message>
    <message>
        <source>The last day of the date range</source>
        <translation>Hari terakhir rentang tanggal</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periode sebelumnya</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Periode berikutnya</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Show the chosen period</source>
        <translation>Tampilkan periode yang dipilih</translation>
    </message>
</context>
<context>
    <name>antre::RecapMonthsModel</name>
    <message>
        <source>Year %1</source>
        <translation>Tahun %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Visitors (tickets)</source>
        <translation>Pengunjung (tiket)</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Mean wait (min)</source>
        <translation>Rata-rata tunggu (menit)</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Sesuai target</translation>
    </message>
    <message>
        <source>Mean service (min)</source>
        <translation>Rata-rata layanan (menit)</translation>
    </message>
</context>
<context>
    <name>antre::RecapServicesModel</name>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
</context>
<context>
    <name>antre::RecapView</name>
    <message>
        <source>Visitors per month, %1</source>
        <translation>Pengunjung per bulan, %1</translation>
    </message>
    <message>
        <source>Visitors (tickets)</source>
        <translation>Pengunjung (tiket)</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>tiket</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Save the recap as a CSV file</source>
        <translation>Simpan rekap sebagai berkas CSV</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <source>Save the recap as an A4 PDF</source>
        <translation>Simpan rekap sebagai PDF A4</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>The year of the recap</source>
        <translation>Tahun rekap</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Build the recap for the chosen year</source>
        <translation>Susun rekap untuk tahun yang dipilih</translation>
    </message>
    <message>
        <source>Visitors per month</source>
        <translation>Pengunjung per bulan</translation>
    </message>
    <message>
        <source>Bar chart of visitors and served per month</source>
        <translation>Diagram batang pengunjung dan yang dilayani per bulan</translation>
    </message>
    <message>
        <source>Recap tables</source>
        <translation>Tabel rekap</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per bulan</translation>
    </message>
    <message>
        <source>Visitors per service</source>
        <translation>Pengunjung per layanan</translation>
    </message>
    <message>
        <source>Served per service</source>
        <translation>Dilayani per layanan</translation>
    </message>
    <message>
        <source>Visitors are tickets taken; served are tickets finished at a booth. Every figure comes from the same report as the daily and monthly reports.</source>
        <translation>Pengunjung adalah tiket yang diambil; dilayani adalah tiket yang selesai di loket. Semua angka berasal dari laporan yang sama dengan laporan harian dan bulanan.</translation>
    </message>
    <message>
        <source>Annual recap %1</source>
        <translation>Rekap Tahunan %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Show a recap first.</source>
        <translation>Tampilkan rekap terlebih dahulu.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Visitors are tickets taken; served are tickets finished at a booth.</source>
        <translation>Pengunjung adalah tiket yang diambil; dilayani adalah tiket yang selesai di loket.</translation>
    </message>
    <message>
        <source>annual-recap</source>
        <translation>rekap-tahunan</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>antre::ReportRowsModel</name>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Dialihkan</translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation>Rata-rata tunggu</translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation>Median tunggu</translation>
    </message>
    <message>
        <source>P90 wait</source>
        <translation>P90 tunggu</translation>
    </message>
    <message>
        <source>Max wait</source>
        <translation>Tunggu maks.</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Sesuai target</translation>
    </message>
    <message>
        <source>Mean service</source>
        <translation>Rata-rata layanan</translation>
    </message>
    <message>
        <source>Tickets taken</source>
        <translation>Tiket yang diambil</translation>
    </message>
    <message>
        <source>Tickets served to the end (any outcome)</source>
        <translation>Tiket yang dilayani sampai selesai (apa pun hasilnya)</translation>
    </message>
    <message>
        <source>Called but did not come</source>
        <translation>Dipanggil tetapi tidak datang</translation>
    </message>
    <message>
        <source>Still waiting when the day ended</source>
        <translation>Masih menunggu saat hari berakhir</translation>
    </message>
    <message>
        <source>Cancelled tickets</source>
        <translation>Tiket yang dibatalkan</translation>
    </message>
    <message>
        <source>Tickets moved here from another service</source>
        <translation>Tiket yang dialihkan ke sini dari layanan lain</translation>
    </message>
    <message>
        <source>Average minutes from taking the ticket to the first call</source>
        <translation>Rata-rata menit dari pengambilan tiket sampai panggilan pertama</translation>
    </message>
    <message>
        <source>Half of the citizens waited at most this many minutes</source>
        <translation>Separuh warga menunggu paling lama sekian menit</translation>
    </message>
    <message>
        <source>Nine in ten citizens waited at most this many minutes</source>
        <translation>Sembilan dari sepuluh warga menunggu paling lama sekian menit</translation>
    </message>
    <message>
        <source>Longest wait in minutes</source>
        <translation>Waktu tunggu terlama dalam menit</translation>
    </message>
    <message>
        <source>Share of called tickets whose wait was within the service&apos;s target</source>
        <translation>Persentase tiket terpanggil yang waktu tunggunya tidak melebihi target layanan</translation>
    </message>
    <message>
        <source>Average minutes at the booth, from start of service to finish</source>
        <translation>Rata-rata menit di loket, dari mulai dilayani sampai selesai</translation>
    </message>
</context>
<context>
    <name>antre::ReportView</name>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Save the report as a CSV file for a spreadsheet</source>
        <translation>Simpan laporan sebagai berkas CSV untuk lembar kerja</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <source>Save the report as an A4 PDF to print or send</source>
        <translation>Simpan laporan sebagai PDF A4 untuk dicetak atau dikirim</translation>
    </message>
    <message>
        <source>Arrivals and served per hour</source>
        <translation>Kedatangan dan dilayani per jam</translation>
    </message>
    <message>
        <source>Bar chart of tickets issued and served in each hour of the day</source>
        <translation>Diagram batang tiket yang diambil dan dilayani pada setiap jam</translation>
    </message>
    <message>
        <source>Wait distribution</source>
        <translation>Sebaran waktu tunggu</translation>
    </message>
    <message>
        <source>Bar chart of how many citizens waited how long</source>
        <translation>Diagram batang berapa banyak warga menunggu berapa lama</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tren</translation>
    </message>
    <message>
        <source>Tickets issued and served per day or month, with the mean wait</source>
        <translation>Tiket diambil dan dilayani per hari atau bulan, dengan rata-rata waktu tunggu</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Per layanan</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>Per instansi</translation>
    </message>
    <message>
        <source>By booth</source>
        <translation>Per loket</translation>
    </message>
    <message>
        <source>By officer</source>
        <translation>Per petugas</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Per jam</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Per hari</translation>
    </message>
    <message>
        <source>Booth staffing</source>
        <translation>Kehadiran loket</translation>
    </message>
    <message>
        <source>Report tables</source>
        <translation>Tabel laporan</translation>
    </message>
    <message>
        <source>The report grouped by service, agency, booth, officer, hour and day</source>
        <translation>Laporan menurut layanan, instansi, loket, petugas, jam dan hari</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Show a report first.</source>
        <translation>Tampilkan laporan terlebih dahulu.</translation>
    </message>
    <message>
        <source>wait-report</source>
        <translation>laporan-waktu-tunggu</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Ombudsman report…</source>
        <translation>Laporan Ombudsman…</translation>
    </message>
    <message>
        <source>Save the Ombudsman&apos;s compliance report of the period: an A4 PDF and its CSV files</source>
        <translation>Simpan laporan kepatuhan untuk Ombudsman pada periode ini: PDF A4 dan berkas CSV-nya</translation>
    </message>
    <message>
        <source>ombudsman-report</source>
        <translation>laporan-ombudsman</translation>
    </message>
    <message>
        <source>Ombudsman report</source>
        <translation>Laporan Ombudsman</translation>
    </message>
    <message>
        <source>Saved %1 and its CSV files</source>
        <translation>%1 dan berkas CSV-nya telah disimpan</translation>
    </message>
</context>
<context>
    <name>antre::SectionPage</name>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove the selected entry (history keeps it)</source>
        <translation>Hapus entri terpilih (riwayat tetap menyimpannya)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>Select an entry to edit it</source>
        <translation>Pilih entri untuk mengubahnya</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Add a new entry</source>
        <translation>Tambah entri baru</translation>
    </message>
</context>
<context>
    <name>antre::ServiceForm</name>
    <message>
        <source>No limit</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Short code, e.g. KTP; cannot change once saved</source>
        <translation>Kode singkat, mis. KTP; tidak dapat diubah setelah disimpan</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>The agency that runs this service</source>
        <translation>Instansi yang menjalankan layanan ini</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Name shown on the kiosk and the ticket</source>
        <translation>Nama yang tampil di kios dan tiket</translation>
    </message>
    <message>
        <source>Ticket prefix</source>
        <translation>Awalan nomor tiket</translation>
    </message>
    <message>
        <source>1 to 3 letters before the number, e.g. A for A-001</source>
        <translation>1 sampai 3 huruf sebelum nomor, mis. A untuk A-001</translation>
    </message>
    <message>
        <source>Daily quota</source>
        <translation>Kuota harian</translation>
    </message>
    <message>
        <source>Tickets per day; 0 for no limit</source>
        <translation>Tiket per hari; 0 berarti tanpa batas</translation>
    </message>
    <message>
        <source>Target wait</source>
        <translation>Target waktu tunggu</translation>
    </message>
    <message>
        <source>Minutes a citizen should wait at most; the dashboard turns red beyond it</source>
        <translation>Menit paling lama warga seharusnya menunggu; dasbor menjadi merah bila terlampaui</translation>
    </message>
    <message>
        <source>Stop issuing before closing</source>
        <translation>Berhenti mengeluarkan tiket sebelum tutup</translation>
    </message>
    <message>
        <source>Minutes before the end of each opening range when the kiosk stops issuing tickets</source>
        <translation>Menit sebelum akhir setiap rentang jam buka saat kios berhenti mengeluarkan tiket</translation>
    </message>
    <message>
        <source>Opening hours (e.g. 08:00-12:00, 13:00-15:30; empty = closed)</source>
        <translation>Jam buka (mis. 08:00-12:00, 13:00-15:30; kosong = tutup)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>tutup</translation>
    </message>
    <message>
        <source>Opening hours on %1, HH:MM-HH:MM separated by commas</source>
        <translation>Jam buka hari %1, format HH:MM-HH:MM dipisah koma</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM-DD</source>
        <translation>YYYY-MM-DD, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Closed dates</source>
        <translation>Tanggal tutup</translation>
    </message>
    <message>
        <source>Holidays and other dates without service, YYYY-MM-DD separated by commas</source>
        <translation>Hari libur dan tanggal lain tanpa layanan, format YYYY-MM-DD dipisah koma</translation>
    </message>
    <message>
        <source>Special hours</source>
        <translation>Jam khusus</translation>
    </message>
    <message>
        <source>Periods with other hours (e.g. Ramadan); edited in the configuration file</source>
        <translation>Periode dengan jam berbeda (mis. Ramadan); diubah lewat berkas konfigurasi</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Standar pelayanan</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Persyaratan</translation>
    </message>
    <message>
        <source>One requirement per line</source>
        <translation>Satu persyaratan per baris</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>e.g. Free</source>
        <translation>mis. Gratis</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Waktu penyelesaian</translation>
    </message>
    <message>
        <source>e.g. 1 working day</source>
        <translation>mis. 1 hari kerja</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
</context>
<context>
    <name>antre::SiteForm</name>
    <message>
        <source>Hall name</source>
        <translation>Nama gedung</translation>
    </message>
    <message>
        <source>Shown on tickets, the lobby display and reports</source>
        <translation>Tampil di tiket, layar lobi dan laporan</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>WIB Asia/Jakarta or Asia/Pontianak, WITA Asia/Makassar, WIT Asia/Jayapura</source>
        <translation>WIB Asia/Jakarta atau Asia/Pontianak, WITA Asia/Makassar, WIT Asia/Jayapura</translation>
    </message>
    <message>
        <source>Priority tickets in a row</source>
        <translation>Tiket prioritas berturut-turut</translation>
    </message>
    <message>
        <source>At most this many priority tickets are called in a row while regular tickets wait</source>
        <translation>Paling banyak sekian tiket prioritas dipanggil berturut-turut selama tiket biasa menunggu</translation>
    </message>
    <message>
        <source>Ticket footer</source>
        <translation>Catatan kaki tiket</translation>
    </message>
    <message>
        <source>Printed under every ticket</source>
        <translation>Dicetak di bawah setiap tiket</translation>
    </message>
    <message>
        <source>Running text</source>
        <translation>Teks berjalan</translation>
    </message>
    <message>
        <source>The ticker on the lobby display</source>
        <translation>Teks berjalan di layar lobi</translation>
    </message>
    <message>
        <source>Call phrase</source>
        <translation>Kalimat panggilan</translation>
    </message>
    <message>
        <source>Spoken call; {number} and {counter} are replaced. Empty: the standard Indonesian phrase</source>
        <translation>Panggilan suara; {number} dan {counter} diganti. Kosong: kalimat baku bahasa Indonesia</translation>
    </message>
</context>
<context>
    <name>antre::StaffView</name>
    <message>
        <source>New member</source>
        <translation>Petugas baru</translation>
    </message>
    <message>
        <source>Start a new staff account</source>
        <translation>Buat akun petugas baru</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save name, role, booths (and the PIN for a new member)</source>
        <translation>Simpan nama, peran, loket (dan PIN untuk petugas baru)</translation>
    </message>
    <message>
        <source>Set new PIN</source>
        <translation>Atur PIN baru</translation>
    </message>
    <message>
        <source>Replace the member&apos;s PIN with the one typed above and clear any lock</source>
        <translation>Ganti PIN petugas dengan yang diketik di atas dan buka kuncinya</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Lift the lock after too many wrong PINs</source>
        <translation>Buka kunci akun setelah terlalu sering salah PIN</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>A deactivated member can no longer sign in; history keeps the name</source>
        <translation>Petugas nonaktif tidak dapat masuk lagi; riwayat tetap menyimpan namanya</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>All staff accounts; select one to edit it</source>
        <translation>Semua akun petugas; pilih satu untuk mengubahnya</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>ID petugas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Booths</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Only administrators manage staff. You can see the accounts but not change them.</source>
        <translation>Hanya administrator yang dapat mengelola petugas. Anda dapat melihat akun, tetapi tidak dapat mengubahnya.</translation>
    </message>
    <message>
        <source>NIP or another unique ID; cannot change once saved</source>
        <translation>NIP atau ID unik lain; tidak dapat diubah setelah disimpan</translation>
    </message>
    <message>
        <source>Full name, shown at the booth and in reports</source>
        <translation>Nama lengkap, tampil di loket dan di laporan</translation>
    </message>
    <message>
        <source>Officer: booth only. Supervisor: this program. Administrator: also staff</source>
        <translation>Petugas: hanya loket. Supervisor: program ini. Administrator: juga mengelola petugas</translation>
    </message>
    <message>
        <source>Allowed booths</source>
        <translation>Loket yang diizinkan</translation>
    </message>
    <message>
        <source>Booths this member may open</source>
        <translation>Loket yang boleh dibuka petugas ini</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits; for a new member, or to set a new PIN</source>
        <translation>4 sampai 12 angka; untuk petugas baru atau untuk mengganti PIN</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>terkunci sampai %1</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Terkunci sampai %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <source>leave empty to keep the PIN</source>
        <translation>kosongkan untuk mempertahankan PIN</translation>
    </message>
    <message>
        <source>required for a new member</source>
        <translation>wajib untuk petugas baru</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Akun baru</translation>
    </message>
    <message>
        <source>Only administrators manage staff.</source>
        <translation>Hanya administrator yang dapat mengelola petugas.</translation>
    </message>
    <message>
        <source>is required for a new member</source>
        <translation>wajib diisi untuk petugas baru</translation>
    </message>
    <message>
        <source>you cannot take away your own administrator role</source>
        <translation>Anda tidak dapat mencabut peran administrator Anda sendiri</translation>
    </message>
    <message>
        <source>Nothing was saved; see the marked fields.</source>
        <translation>Belum ada yang disimpan; lihat kolom yang ditandai.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 ditambahkan.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 disimpan.</translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation>Pilih petugas terlebih dahulu.</translation>
    </message>
    <message>
        <source>New PIN set for %1.</source>
        <translation>PIN baru untuk %1 sudah diatur.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 dapat masuk lagi.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 aktif kembali.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 dinonaktifkan.</translation>
    </message>
</context>
<context>
    <name>antre::StaffingModel</name>
    <message>
        <source>Booth</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Opening hours (min)</source>
        <translation>Jam layanan (menit)</translation>
    </message>
    <message>
        <source>Open (min)</source>
        <translation>Buka (menit)</translation>
    </message>
    <message>
        <source>On break (min)</source>
        <translation>Istirahat (menit)</translation>
    </message>
    <message>
        <source>Open in hours (min)</source>
        <translation>Buka dalam jam layanan (menit)</translation>
    </message>
    <message>
        <source>Unstaffed (min)</source>
        <translation>Loket kosong (menit)</translation>
    </message>
</context>
<context>
    <name>antre::SupervisorWindow</name>
    <message>
        <source>Antre — Supervisor</source>
        <translation>Antre — Supervisor</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Live view of booths, queues and alerts</source>
        <translation>Pantauan langsung loket, antrean dan peringatan</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Wait-time reports for a day, week, month, year or range</source>
        <translation>Laporan waktu tunggu harian, mingguan, bulanan, tahunan atau rentang tanggal</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Rekap</translation>
    </message>
    <message>
        <source>Monthly and annual recap of visitors and services</source>
        <translation>Rekap bulanan dan tahunan pengunjung dan layanan</translation>
    </message>
    <message>
        <source>Find ticket</source>
        <translation>Cari tiket</translation>
    </message>
    <message>
        <source>Find a ticket by number and date and see its history</source>
        <translation>Cari tiket menurut nomor dan tanggal, lalu lihat riwayatnya</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfigurasi</translation>
    </message>
    <message>
        <source>Site, agencies, services, hours and booths</source>
        <translation>Gedung, instansi, layanan, jam buka dan loket</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Staff accounts, roles, PINs and booths</source>
        <translation>Akun petugas, peran, PIN dan loket</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Sign out and return to the sign-in</source>
        <translation>Keluar dan kembali ke layar masuk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>IKM &amp;&amp; Aduan</translation>
    </message>
    <message>
        <source>Satisfaction index (IKM), the monthly complaint report and the complaint desk</source>
        <translation>Indeks kepuasan (IKM), laporan pengaduan bulanan, dan meja pengaduan</translation>
    </message>
</context>
<context>
    <name>antre::VoiceView</name>
    <message>
        <source>Satisfaction and complaints</source>
        <translation>Kepuasan dan pengaduan</translation>
    </message>
    <message>
        <source>The satisfaction index (IKM), the monthly complaint report and the complaint desk</source>
        <translation>Indeks kepuasan (IKM), laporan pengaduan bulanan, dan meja pengaduan</translation>
    </message>
    <message>
        <source>Satisfaction index (IKM)</source>
        <translation>Indeks Kepuasan (IKM)</translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation>Laporan Pengaduan</translation>
    </message>
    <message>
        <source>Complaint desk</source>
        <translation>Meja pengaduan</translation>
    </message>
</context>
</TS>
