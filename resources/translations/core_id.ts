<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>AuditLog</name>
    <message numerus="yes">
        <source> (%n damaged event(s) in all)</source>
        <translation>
            <numerusform> (seluruhnya %n peristiwa rusak)</numerusform>
        </translation>
    </message>
    <message>
        <source>event %1: the database did not return its text as written; nothing was saved</source>
        <translation>peristiwa %1: basis data tidak mengembalikan teksnya seperti yang ditulis; tidak ada yang disimpan</translation>
    </message>
    <message>
        <source>event %1: missing (deleted)</source>
        <translation>peristiwa %1: hilang (dihapus)</translation>
    </message>
    <message>
        <source>events %1 to %2: missing (deleted)</source>
        <translation>peristiwa %1 sampai %2: hilang (dihapus)</translation>
    </message>
    <message>
        <source>event %1: out of order (a number the log never gives)</source>
        <translation>peristiwa %1: urutan salah (nomor yang tidak pernah diberikan log)</translation>
    </message>
    <message>
        <source>event %1: out of order (written as event %2)</source>
        <translation>peristiwa %1: urutan salah (ditulis sebagai peristiwa %2)</translation>
    </message>
    <message>
        <source>event %1: content does not match its hash (edited)</source>
        <translation>peristiwa %1: isinya tidak cocok dengan hash-nya (diubah)</translation>
    </message>
    <message>
        <source>event %1: does not follow the previous event (inserted, reordered, or the one before rewritten)</source>
        <translation>peristiwa %1: tidak menyambung ke peristiwa sebelumnya (disisipkan, diubah urutannya, atau peristiwa sebelumnya ditulis ulang)</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>membaca log audit</translation>
    </message>
</context>
<context>
    <name>AuditSeals</name>
    <message>
        <source>%1: cannot create the key file: %2</source>
        <translation>%1: berkas kunci tidak dapat dibuat: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the key file</source>
        <translation>%1: berkas kunci tidak dapat ditulis</translation>
    </message>
    <message>
        <source>the signing library could not start</source>
        <translation>pustaka penanda tangan tidak dapat dijalankan</translation>
    </message>
    <message>
        <source>%1: the hall&apos;s signing key is missing</source>
        <translation>%1: kunci penanda tangan tempat layanan tidak ada</translation>
    </message>
    <message>
        <source>%1: the signing key may be read by other users; make it readable by the hall&apos;s user only (chmod 600)</source>
        <translation>%1: kunci penanda tangan dapat dibaca pengguna lain; jadikan hanya dapat dibaca oleh pengguna layanan (chmod 600)</translation>
    </message>
    <message>
        <source>%1: cannot read the signing key: %2</source>
        <translation>%1: kunci penanda tangan tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1: not a signing key</source>
        <translation>%1: bukan kunci penanda tangan</translation>
    </message>
    <message>
        <source>the audit log is damaged, so it is not sealed: %1</source>
        <translation>log audit rusak, jadi tidak disegel: %1</translation>
    </message>
    <message>
        <source>the audit log does not match its seals, so it is not sealed: %1</source>
        <translation>log audit tidak cocok dengan segelnya, jadi tidak disegel: %1</translation>
    </message>
    <message>
        <source>%1: cannot write the seal: %2</source>
        <translation>%1: segel tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the seals: %2</source>
        <translation>%1: segel tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>the seals cannot be checked: %1</source>
        <translation>segel tidak dapat diperiksa: %1</translation>
    </message>
    <message>
        <source>seal %1 (%2)</source>
        <translation>segel %1 (%2)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>tanpa waktu</translation>
    </message>
    <message>
        <source>%1: its signature does not verify with the hall&apos;s key (the seal file was edited)</source>
        <translation>%1: tanda tangannya tidak cocok dengan kunci tempat layanan (berkas segel diubah)</translation>
    </message>
    <message>
        <source>%1: counts %2 events, fewer than the seal before it</source>
        <translation>%1: mencatat %2 peristiwa, lebih sedikit daripada segel sebelumnya</translation>
    </message>
    <message>
        <source>events %1 to %2: missing (deleted after %3 sealed them)</source>
        <translation>peristiwa %1 sampai %2: hilang (dihapus setelah %3 menyegelnya)</translation>
    </message>
    <message>
        <source>event %1: missing (deleted; %2 sealed it)</source>
        <translation>peristiwa %1: hilang (dihapus; %2 menyegelnya)</translation>
    </message>
    <message>
        <source>event %1: differs from %2 (the log was rewritten up to here)</source>
        <translation>peristiwa %1: berbeda dari %2 (log ditulis ulang sampai di sini)</translation>
    </message>
    <message>
        <source>%1: file already exists; the seals were not copied</source>
        <translation>%1: berkas sudah ada; segel tidak disalin</translation>
    </message>
    <message>
        <source>%1: cannot copy the seals there</source>
        <translation>%1: segel tidak dapat disalin ke sana</translation>
    </message>
    <message>
        <source>event %1: missing (deleted after %2 sealed it)</source>
        <translation>peristiwa %1: hilang (dihapus setelah %2 menyegelnya)</translation>
    </message>
    <message>
        <source>%1: cannot create the seal folder</source>
        <translation>%1: folder segel tidak dapat dibuat</translation>
    </message>
</context>
<context>
    <name>ComplaintLabels</name>
    <message>
        <source>Kiosk</source>
        <translation>Kios</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Datang langsung</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Media sosial</translation>
    </message>
    <message>
        <source>Officer&apos;s conduct</source>
        <translation>Perilaku petugas</translation>
    </message>
    <message>
        <source>Waiting and service time</source>
        <translation>Waktu tunggu dan layanan</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Persyaratan</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Prosedur</translation>
    </message>
    <message>
        <source>Document or product</source>
        <translation>Dokumen atau produk layanan</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Sarana dan prasarana</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informasi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Diverifikasi</translation>
    </message>
    <message>
        <source>Being followed up</source>
        <translation>Ditindaklanjuti</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ringan</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Berat</translation>
    </message>
    <message>
        <source>Needs an inspection</source>
        <translation>Perlu pemeriksaan</translation>
    </message>
</context>
<context>
    <name>ComplaintReportBuilder</name>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Complaints received %1 to %2 (as of %3)
</source>
        <translation>Pengaduan yang diterima %1 sampai %2 (per %3)
</translation>
    </message>
    <message>
        <source>Received: %1; answered: %2; rejected: %3; open: %4; overdue: %5
</source>
        <translation>Diterima: %1; dijawab: %2; ditolak: %3; terbuka: %4; lewat tenggat: %5
</translation>
    </message>
    <message>
        <source>Median time to answer: %1 days; answered within the SLA: %2 (%3 of %4)
</source>
        <translation>Median waktu menjawab: %1 hari; dijawab dalam batas waktu: %2 (%3 dari %4)
</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Menurut kategori</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Menurut saluran</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>Menurut instansi</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Menurut status</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>No complaints.</source>
        <translation>Tidak ada pengaduan.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>tenggat %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>LEWAT TENGGAT</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>ditangani %1</translation>
    </message>
</context>
<context>
    <name>ComplaintStore</name>
    <message>
        <source>lapor-id: a SP4N-LAPOR! tracking number goes with the channel lapor</source>
        <translation>lapor-id: nomor pelacakan SP4N-LAPOR! hanya untuk saluran lapor</translation>
    </message>
    <message>
        <source>ticket: &quot;%1&quot; is not a ticket number like A-001</source>
        <translation>ticket: &quot;%1&quot; bukan nomor tiket seperti A-001</translation>
    </message>
    <message>
        <source>ticket: no ticket %1 in the last %2 days</source>
        <translation>ticket: tidak ada tiket %1 dalam %2 hari terakhir</translation>
    </message>
    <message>
        <source>service: unknown service %1</source>
        <translation>service: layanan %1 tidak dikenal</translation>
    </message>
    <message>
        <source>agency: unknown agency %1</source>
        <translation>agency: instansi %1 tidak dikenal</translation>
    </message>
    <message>
        <source>counter: unknown counter %1</source>
        <translation>counter: loket %1 tidak dikenal</translation>
    </message>
    <message>
        <source>no complaint %1</source>
        <translation>tidak ada pengaduan %1</translation>
    </message>
    <message>
        <source>%1 is already %2; nothing to change</source>
        <translation>%1 sudah berstatus %2; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>%1 is %2: a closed complaint only takes notes</source>
        <translation>%1 berstatus %2: pengaduan yang sudah ditutup hanya dapat diberi catatan</translation>
    </message>
    <message>
        <source>%1 cannot go from %2 to %3 (next: %4)</source>
        <translation>%1 tidak dapat berpindah dari %2 ke %3 (berikutnya: %4)</translation>
    </message>
    <message>
        <source>a rejected complaint needs its reason (--note)</source>
        <translation>pengaduan yang ditolak memerlukan alasannya (--note)</translation>
    </message>
    <message>
        <source>the answer is given with the status dijawab</source>
        <translation>jawaban diberikan bersama status dijawab</translation>
    </message>
    <message>
        <source>an answered complaint needs the answer given to the citizen (--answer)</source>
        <translation>pengaduan yang dijawab memerlukan jawaban yang diberikan kepada warga (--answer)</translation>
    </message>
    <message>
        <source>the SLA class of an answered complaint does not change</source>
        <translation>kelas SLA pengaduan yang sudah dijawab tidak dapat diubah</translation>
    </message>
    <message>
        <source>assign: no active staff member %1</source>
        <translation>assign: tidak ada petugas aktif %1</translation>
    </message>
    <message>
        <source>ticket: no ticket %1 on %2</source>
        <translation>ticket: tidak ada tiket %1 pada tanggal %2</translation>
    </message>
    <message>
        <source>service: ticket %1 of %2 was for service %3, not %4</source>
        <translation>service: tiket %1 tanggal %2 untuk layanan %3, bukan %4</translation>
    </message>
</context>
<context>
    <name>ConfigIo</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true atau false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>a list [...]</source>
        <translation>daftar [...]</translation>
    </message>
    <message>
        <source>an object {...}</source>
        <translation>objek {...}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>tidak ada nilai</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>seharusnya %1, ditemukan %2</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>kunci tidak dikenal</translation>
    </message>
    <message>
        <source>unknown key (did you mean %1?)</source>
        <translation>kunci tidak dikenal (maksudnya %1?)</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 bukan bilangan bulat</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>bilangan bulat</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>wajib diisi</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 bukan tanggal (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 is not HH:MM-HH:MM</source>
        <translation>%1 bukan HH:MM-HH:MM</translation>
    </message>
    <message>
        <source>%1 is not one of officer, supervisor, admin</source>
        <translation>%1 bukan salah satu dari officer, supervisor, admin</translation>
    </message>
    <message>
        <source>unknown service %1</source>
        <translation>layanan %1 tidak dikenal</translation>
    </message>
    <message>
        <source>%1 is listed twice (also %2)</source>
        <translation>%1 tercantum dua kali (juga di %2)</translation>
    </message>
    <message>
        <source>duplicate %1 %2 (first used by %3)</source>
        <translation>%1 %2 ganda (pertama kali dipakai oleh %3)</translation>
    </message>
    <message>
        <source>%1 is not a known IANA time zone (e.g. Asia/Jakarta)</source>
        <translation>%1 bukan zona waktu IANA yang dikenal (mis. Asia/Jakarta)</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>harus paling sedikit 1</translation>
    </message>
    <message>
        <source>unknown agency %1</source>
        <translation>instansi %1 tidak dikenal</translation>
    </message>
    <message>
        <source>%1 must be 1 to 3 letters A-Z</source>
        <translation>%1 harus terdiri atas 1 sampai 3 huruf A-Z</translation>
    </message>
    <message>
        <source>must be greater than 0 (leave it out for no limit)</source>
        <translation>harus lebih besar dari 0 (hapus kunci ini bila tanpa batas)</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>harus lebih besar dari 0</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>tidak boleh negatif</translation>
    </message>
    <message>
        <source>is not a valid date</source>
        <translation>bukan tanggal yang sah</translation>
    </message>
    <message>
        <source>weekday %1 is not between 1 (Monday) and 7 (Sunday)</source>
        <translation>hari %1 tidak di antara 1 (Senin) dan 7 (Minggu)</translation>
    </message>
    <message>
        <source>is not a valid time range</source>
        <translation>bukan rentang waktu yang sah</translation>
    </message>
    <message>
        <source>%1 must end after it starts</source>
        <translation>%1 harus berakhir setelah dimulai</translation>
    </message>
    <message>
        <source>%1 overlaps %2</source>
        <translation>%1 bertumpang tindih dengan %2</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD) is required</source>
        <translation>tanggal (YYYY-MM-DD) wajib diisi</translation>
    </message>
    <message>
        <source>starts (%1) after it ends (%2)</source>
        <translation>tanggal mulai (%1) sesudah tanggal akhir (%2)</translation>
    </message>
    <message>
        <source>period overlaps %1</source>
        <translation>periode bertumpang tindih dengan %1</translation>
    </message>
    <message>
        <source>unknown counter %1</source>
        <translation>loket %1 tidak dikenal</translation>
    </message>
    <message>
        <source>must be 4 to 12 digits</source>
        <translation>harus terdiri atas 4 sampai 12 angka</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: baris %2, kolom %3: %4</translation>
    </message>
    <message>
        <source>%1: line 1, column 1: the file must hold one JSON object {...}</source>
        <translation>%1: baris 1, kolom 1: berkas harus berisi satu objek JSON {...}</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: berkas tidak ditemukan</translation>
    </message>
    <message>
        <source>%1: is a directory, not a configuration file</source>
        <translation>%1: ini folder, bukan berkas konfigurasi</translation>
    </message>
    <message>
        <source>%1: is not a regular file (a pipe or a device); save the configuration to a file and import that</source>
        <translation>%1: bukan berkas biasa (pipa atau perangkat); simpan konfigurasi ke sebuah berkas lalu impor berkas itu</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: berkas tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than 5 MB; a hall configuration is much smaller</source>
        <translation>%1: berkas lebih besar dari 5 MB; konfigurasi tempat layanan jauh lebih kecil</translation>
    </message>
    <message>
        <source>%1 (a line break)</source>
        <translation>%1 (karakter baris baru)</translation>
    </message>
    <message>
        <source>%1 (a control character)</source>
        <translation>%1 (karakter kontrol)</translation>
    </message>
    <message>
        <source>%1 (not a valid character)</source>
        <translation>%1 (bukan karakter yang sah)</translation>
    </message>
    <message>
        <source>%1 (a space)</source>
        <translation>%1 (spasi)</translation>
    </message>
    <message>
        <source>%1 (invisible)</source>
        <translation>%1 (tak terlihat)</translation>
    </message>
    <message>
        <source>contains only invisible characters (%1)</source>
        <translation>hanya berisi karakter tak terlihat (%1)</translation>
    </message>
    <message>
        <source>contains %1; a code may only use letters A-Z and a-z, digits 0-9, &quot;-&quot;, &quot;_&quot; and &quot;.&quot;</source>
        <translation>berisi %1; kode hanya boleh memakai huruf A-Z dan a-z, angka 0-9, &quot;-&quot;, &quot;_&quot; dan &quot;.&quot;</translation>
    </message>
    <message>
        <source>%1 must start with a letter A-Z or a-z or a digit 0-9</source>
        <translation>%1 harus diawali huruf A-Z atau a-z atau angka 0-9</translation>
    </message>
    <message>
        <source>contains %1; this text must be on one line</source>
        <translation>berisi %1; teks ini harus satu baris</translation>
    </message>
    <message>
        <source>contains %1; remove it</source>
        <translation>berisi %1; hapus karakter itu</translation>
    </message>
    <message>
        <source>%1 is too large (at most %2)</source>
        <translation>%1 terlalu besar (paling banyak %2)</translation>
    </message>
    <message>
        <source>%1 is too small (at least %2)</source>
        <translation>%1 terlalu kecil (paling sedikit %2)</translation>
    </message>
    <message>
        <source>%1 minutes is not shorter than %2 %3 (%4 minutes): no ticket could be issued in it</source>
        <translation>%1 menit tidak lebih pendek daripada %2 %3 (%4 menit): tidak ada tiket yang dapat diterbitkan di rentang itu</translation>
    </message>
    <message>
        <source>%1 characters, at most %2</source>
        <translation>%1 karakter, paling banyak %2</translation>
    </message>
    <message>
        <source>%1 is a fixed offset, not a time zone; use Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT)</source>
        <translation>%1 adalah selisih waktu tetap, bukan zona waktu; gunakan Asia/Jakarta (WIB), Asia/Makassar (WITA), atau Asia/Jayapura (WIT)</translation>
    </message>
    <message>
        <source>key %1 appears twice</source>
        <translation>kunci %1 muncul dua kali</translation>
    </message>
    <message>
        <source>%1 (a noncharacter)</source>
        <translation>%1 (bukan karakter)</translation>
    </message>
    <message>
        <source>%1…&quot; (%2 characters)</source>
        <translation>%1…&quot; (%2 karakter)</translation>
    </message>
    <message>
        <source>starts with %1; remove it</source>
        <translation>diawali %1; hapus karakter itu</translation>
    </message>
    <message>
        <source>must be from 1 to 260 working days</source>
        <translation>harus 1 sampai 260 hari kerja</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Galat basis data saat menjalankan %1: %2</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Berkas basis data tidak disebutkan.</translation>
    </message>
    <message>
        <source>%1: not a database file</source>
        <translation>%1: bukan berkas basis data</translation>
    </message>
    <message>
        <source>%1: cannot create folder %2</source>
        <translation>%1: folder %2 tidak dapat dibuat</translation>
    </message>
    <message>
        <source>%1: cannot open database: %2</source>
        <translation>%1: basis data tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>%1: the file is not an Antre database or is damaged; restore it from a backup (antre backup)</source>
        <translation>%1: berkas ini bukan basis data Antre atau rusak; pulihkan dari cadangan (antre backup)</translation>
    </message>
    <message>
        <source>%1: cannot read database: %2</source>
        <translation>%1: basis data tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1: the database is read-only for this user</source>
        <translation>%1: basis data hanya dapat dibaca (read-only) bagi pengguna ini</translation>
    </message>
    <message>
        <source>%1: database schema is not at version %2</source>
        <translation>%1: skema basis data bukan versi %2</translation>
    </message>
    <message>
        <source>%1: database schema version %2 is newer than this Antre (%3); update Antre</source>
        <translation>%1: versi skema basis data %2 lebih baru daripada Antre ini (%3); perbarui Antre</translation>
    </message>
    <message>
        <source>%1: the database is locked by another program (waited %2 s); try again</source>
        <translation>%1: basis data sedang dikunci oleh program lain (sudah menunggu %2 detik); coba lagi</translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing was saved</source>
        <translation>%1: disk penuh; tidak ada yang tersimpan</translation>
    </message>
    <message>
        <source>%1: cannot write to the disk (full or failing); nothing was saved</source>
        <translation>%1: tidak dapat menulis ke disk (penuh atau rusak); tidak ada yang tersimpan</translation>
    </message>
    <message>
        <source>%1: file already exists; choose a new name</source>
        <translation>%1: berkas sudah ada; pilih nama lain</translation>
    </message>
    <message>
        <source>%1: backup failed: %2</source>
        <translation>%1: pencadangan gagal: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the database; its folder must be writable, as SQLite keeps the files %2-wal and %2-shm next to it</source>
        <translation>%1: basis data tidak dapat dibuka; foldernya harus dapat ditulisi, karena SQLite menyimpan berkas %2-wal dan %2-shm di sebelahnya</translation>
    </message>
    <message>
        <source>%1: the database is read-only for this user; nothing was saved</source>
        <translation>%1: basis data hanya-baca bagi pengguna ini; tidak ada yang disimpan</translation>
    </message>
    <message>
        <source>%1: database file not found; create it with &apos;antre init --config FILE&apos; or &apos;antre demo&apos;</source>
        <translation>%1: berkas basis data tidak ditemukan; buat dengan &apos;antre init --config FILE&apos; atau &apos;antre demo&apos;</translation>
    </message>
    <message>
        <source>%1 is not an Antre hall database (it has tables of another program); nothing was changed</source>
        <translation>%1 bukan basis data aula Antre (berisi tabel program lain); tidak ada yang diubah</translation>
    </message>
    <message>
        <source>%1 reports schema version %2 but already has the tables of a later version; restore it from a backup or run antre check</source>
        <translation>%1 menyatakan skema versi %2 tetapi sudah berisi tabel versi yang lebih baru; pulihkan dari cadangan atau jalankan antre check</translation>
    </message>
    <message>
        <source>%1 reports schema version %2 but lacks tables of that version; restore it from a backup</source>
        <translation>%1 menyatakan skema versi %2 tetapi tidak memiliki tabel versi itu; pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>%1: the database has schema version %2 and needs version %3, which only a user who may write it can make (open it once with write access): %4</source>
        <translation>%1: basis data memiliki skema versi %2 dan memerlukan versi %3, yang hanya dapat dibuat oleh pengguna yang boleh menulisnya (buka sekali dengan akses tulis): %4</translation>
    </message>
    <message>
        <source>No backup file was given.</source>
        <translation>Berkas cadangan tidak diberikan.</translation>
    </message>
    <message>
        <source>%1: the database file is damaged (%2); nothing more is written to it. Stop the hall&apos;s programs, run antre check and restore the last good backup (see docs/RELIABILITY.md, &quot;When check fails&quot;)</source>
        <translation>%1: berkas basis data rusak (%2); tidak ada lagi yang ditulis ke dalamnya. Hentikan program-program tempat layanan, jalankan antre check, lalu pulihkan cadangan terakhir yang baik (lihat docs/RELIABILITY.md, &quot;When check fails&quot;)</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>basis data</translation>
    </message>
    <message>
        <source>reading a row of %1</source>
        <translation>membaca baris dari %1</translation>
    </message>
    <message>
        <source>%1: cannot reach the database server: %2</source>
        <translation>%1: server basis data tidak dapat dihubungi: %2</translation>
    </message>
    <message>
        <source>%1: the connection to the database server was lost: %2</source>
        <translation>%1: sambungan ke server basis data terputus: %2</translation>
    </message>
    <message>
        <source>A database password may not be given with the database location; put it in ~/.pgpass, the file named by PGPASSFILE or the service file</source>
        <translation>Kata sandi basis data tidak boleh diberikan bersama lokasi basis data; simpan di ~/.pgpass, di berkas yang ditunjuk PGPASSFILE, atau di berkas layanan</translation>
    </message>
    <message>
        <source>%1: not a database location (expected key=value pairs)</source>
        <translation>%1: bukan lokasi basis data (seharusnya pasangan kunci=nilai)</translation>
    </message>
    <message>
        <source>%1: not a database location (%2)</source>
        <translation>%1: bukan lokasi basis data (%2)</translation>
    </message>
    <message>
        <source>%1: a database location may not contain &quot;;&quot;</source>
        <translation>%1: lokasi basis data tidak boleh memuat &quot;;&quot;</translation>
    </message>
    <message>
        <source>a PostgreSQL hall is backed up with pg_dump; run: pg_dump -Fc -f %1 &quot;%2&quot;</source>
        <translation>cadangan tempat layanan di PostgreSQL dibuat dengan pg_dump; jalankan: pg_dump -Fc -f %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the database server&apos;s certificate is not trusted: it must be signed by the certificate authority in sslrootcert and made for the host name in the location; %2</source>
        <translation>%1: sertifikat server basis data tidak dipercaya: sertifikat itu harus ditandatangani oleh otoritas sertifikat di sslrootcert dan dibuat untuk nama host di lokasi; %2</translation>
    </message>
    <message>
        <source>%1: this device&apos;s database role may not make this change (permission denied); nothing was saved</source>
        <translation>%1: peran basis data perangkat ini tidak boleh membuat perubahan ini (izin ditolak); tidak ada yang disimpan</translation>
    </message>
    <message>
        <source>%1: the connection to the database server was lost while saving; whether it was saved is unknown: %2</source>
        <translation>%1: sambungan ke server basis data terputus saat menyimpan; belum diketahui apakah data tersimpan: %2</translation>
    </message>
    <message>
        <source>%1: cannot reach the database server; trying again in %2 ms</source>
        <translation>%1: server basis data tidak dapat dihubungi; mencoba lagi dalam %2 md</translation>
    </message>
</context>
<context>
    <name>DemoHall</name>
    <message>
        <source>The demo&apos;s history is %1 days; it must be 0 to %2 days.</source>
        <translation>Riwayat demo %1 hari; harus 0 sampai %2 hari.</translation>
    </message>
    <message>
        <source>%1 is already set up; the demo hall goes into a new database</source>
        <translation>%1 sudah disiapkan; tempat layanan demo harus dibuat di basis data baru</translation>
    </message>
    <message>
        <source>The demo hall was not made: it was stopped.</source>
        <translation>Tempat layanan demo tidak dibuat: pembuatannya dihentikan.</translation>
    </message>
    <message>
        <source>%1; and the half-made demo hall could not be emptied again: %2. Delete %3 before starting again.</source>
        <translation>%1; dan tempat layanan demo yang setengah jadi tidak dapat dikosongkan kembali: %2. Hapus %3 sebelum memulai lagi.</translation>
    </message>
</context>
<context>
    <name>DemoMorning</name>
    <message>
        <source>The morning needs an end time.</source>
        <translation>Pagi hari memerlukan waktu akhir.</translation>
    </message>
</context>
<context>
    <name>EventOrder</name>
    <message>
        <source>%1 at %2, before event %3 logged ahead of it (%4)</source>
        <translation>%1 pada %2, sebelum peristiwa %3 yang tercatat lebih dulu (%4)</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>tiket %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 tanggal %2</translation>
    </message>
    <message>
        <source>%1 logged before the ticket&apos;s issue event (event %2)</source>
        <translation>%1 tercatat sebelum peristiwa pengambilan tiketnya (peristiwa %2)</translation>
    </message>
    <message>
        <source>%1 at %2, before the ticket was issued at %3</source>
        <translation>%1 pada %2, sebelum tiket diambil pada %3</translation>
    </message>
    <message>
        <source>%1 at %2, before the ticket was called at %3</source>
        <translation>%1 pada %2, sebelum tiket dipanggil pada %3</translation>
    </message>
    <message>
        <source>%1 at %2, before the ticket&apos;s service started at %3</source>
        <translation>%1 pada %2, sebelum pelayanan tiket dimulai pada %3</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>peristiwa %1: %2</translation>
    </message>
    <message>
        <source>event %1 (%2): %3</source>
        <translation>peristiwa %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>EventReplay</name>
    <message>
        <source>reading the audit log</source>
        <translation>membaca log audit</translation>
    </message>
    <message>
        <source>status %1, its events say %2</source>
        <translation>status %1, menurut peristiwanya %2</translation>
    </message>
    <message>
        <source>service %1, its events say %2</source>
        <translation>layanan %1, menurut peristiwanya %2</translation>
    </message>
    <message>
        <source>issue time differs from its events</source>
        <translation>waktu terbit berbeda dari peristiwanya</translation>
    </message>
    <message>
        <source>first call time differs from its events</source>
        <translation>waktu panggilan pertama berbeda dari peristiwanya</translation>
    </message>
    <message>
        <source>booth %1, its events say %2</source>
        <translation>loket %1, menurut peristiwanya %2</translation>
    </message>
    <message>
        <source>outcome %1, its events say %2</source>
        <translation>hasil %1, menurut peristiwanya %2</translation>
    </message>
    <message>
        <source>%1-%2 on %3: %4</source>
        <translation>%1-%2 pada %3: %4</translation>
    </message>
    <message>
        <source>reading the tickets</source>
        <translation>membaca tiket</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>the demo hall is missing from this build</source>
        <translation>tempat layanan demo tidak disertakan dalam build ini</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>choose WIB, WITA or WIT</source>
        <translation>pilih WIB, WITA, atau WIT</translation>
    </message>
    <message>
        <source>a PIN is 4 to 12 digits</source>
        <translation>PIN terdiri atas 4 sampai 12 angka</translation>
    </message>
    <message>
        <source>the two PINs differ</source>
        <translation>kedua PIN berbeda</translation>
    </message>
</context>
<context>
    <name>HallMove</name>
    <message>
        <source>migrate needs both --from and --to</source>
        <translation>migrate memerlukan --from dan --to</translation>
    </message>
    <message>
        <source>%1: the source and the target are the same database</source>
        <translation>%1: sumber dan tujuan adalah basis data yang sama</translation>
    </message>
    <message>
        <source>%1 fails its checks, so it is not moved (repair it, or restore a good backup first): %2</source>
        <translation>%1 gagal dalam pemeriksaannya, jadi tidak dipindahkan (perbaiki, atau pulihkan cadangan yang baik dulu): %2</translation>
    </message>
    <message>
        <source>the copy in %1 failed its checks and was emptied again: %2</source>
        <translation>salinan di %1 gagal dalam pemeriksaannya dan sudah dikosongkan lagi: %2</translation>
    </message>
    <message>
        <source>the copy in %1 failed its checks and could not be emptied; empty it before using it: %2</source>
        <translation>salinan di %1 gagal dalam pemeriksaannya dan tidak dapat dikosongkan; kosongkan sebelum dipakai: %2</translation>
    </message>
    <message>
        <source>the audit chain holds %1 events in the source and %2 in the copy</source>
        <translation>rantai audit berisi %1 peristiwa di sumber dan %2 di salinan</translation>
    </message>
</context>
<context>
    <name>HallSimulator</name>
    <message>
        <source>The simulation needs a first day.</source>
        <translation>Simulasi memerlukan hari pertama.</translation>
    </message>
    <message>
        <source>The number of days is negative.</source>
        <translation>Jumlah hari bernilai negatif.</translation>
    </message>
    <message>
        <source>The simulation was stopped after %1 of %2 days.</source>
        <translation>Simulasi dihentikan setelah %1 dari %2 hari.</translation>
    </message>
</context>
<context>
    <name>HallStore</name>
    <message>
        <source>%1: the hall is not set up yet; run &apos;antre init --config FILE&apos; or &apos;antre demo&apos;</source>
        <translation>%1: tempat layanan belum disiapkan; jalankan &apos;antre init --config FILE&apos; atau &apos;antre demo&apos;</translation>
    </message>
</context>
<context>
    <name>Ikm</name>
    <message>
        <source>Very good</source>
        <translation>Sangat Baik</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Kurang Baik</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Tidak Baik</translation>
    </message>
</context>
<context>
    <name>IkmExport</name>
    <message>
        <source>%1 of %2 responses needed</source>
        <translation>%1 dari %2 responden yang diperlukan</translation>
    </message>
    <message>
        <source>Whole hall</source>
        <translation>Seluruh tempat layanan</translation>
    </message>
    <message>
        <source>no responses</source>
        <translation>belum ada responden</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Satisfaction index (IKM) %1 – %2
</source>
        <translation>Indeks Kepuasan Masyarakat (IKM) %1 – %2
</translation>
    </message>
    <message>
        <source>IKM: %1
</source>
        <translation>IKM: %1
</translation>
    </message>
    <message>
        <source>Sample: %1 (%2 served)
</source>
        <translation>Sampel: %1 (%2 dilayani)
</translation>
    </message>
    <message>
        <source>Per element (NRR, 1–4):
</source>
        <translation>Per unsur (NRR, 1–4):
</translation>
    </message>
    <message>
        <source>Per service:
</source>
        <translation>Per layanan:
</translation>
    </message>
    <message>
        <source>Per agency:
</source>
        <translation>Per instansi:
</translation>
    </message>
    <message>
        <source>Per counter:
</source>
        <translation>Per loket:
</translation>
    </message>
    <message>
        <source>Per officer:
</source>
        <translation>Per petugas:
</translation>
    </message>
    <message>
        <source>%1 responses (no served tickets)</source>
        <translation>%1 responden (tidak ada tiket terlayani)</translation>
    </message>
</context>
<context>
    <name>IkmReader</name>
    <message>
        <source>(not recorded)</source>
        <translation>(tidak tercatat)</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>ticket numbers gapless per prefix and day</source>
        <translation>nomor tiket tanpa celah per prefiks dan hari</translation>
    </message>
    <message>
        <source>at most one open ticket per counter</source>
        <translation>paling banyak satu tiket terbuka per loket</translation>
    </message>
    <message>
        <source>called tickets belong to a counter</source>
        <translation>tiket yang dipanggil terkait dengan sebuah loket</translation>
    </message>
    <message>
        <source>at most one current state per counter</source>
        <translation>paling banyak satu status aktif per loket</translation>
    </message>
    <message>
        <source>report summary triggers in place</source>
        <translation>pemicu ringkasan laporan terpasang</translation>
    </message>
    <message>
        <source>every ticket has its issue event</source>
        <translation>setiap tiket memiliki peristiwa penerbitannya</translation>
    </message>
    <message>
        <source>database integrity</source>
        <translation>integritas basis data</translation>
    </message>
    <message>
        <source>audit chain</source>
        <translation>rantai audit</translation>
    </message>
    <message>
        <source>report summaries match their days&apos; tickets</source>
        <translation>ringkasan laporan sesuai dengan tiket harinya</translation>
    </message>
    <message>
        <source>the summaries of %1 differ from their tickets; a repair removes them and reports make them again</source>
        <translation>ringkasan %1 berbeda dari tiketnya; perbaikan menghapusnya dan laporan akan membuatnya lagi</translation>
    </message>
    <message>
        <source>the summaries of %1 differed from their tickets and were removed; reports make them again</source>
        <translation>ringkasan %1 berbeda dari tiketnya dan telah dihapus; laporan akan membuatnya lagi</translation>
    </message>
    <message>
        <source>the summaries of %1 differ from their tickets and could not be removed: %2</source>
        <translation>ringkasan %1 berbeda dari tiketnya dan tidak dapat dihapus: %2</translation>
    </message>
    <message>
        <source>trigger %1 is missing</source>
        <translation>trigger %1 tidak ada</translation>
    </message>
    <message>
        <source>tickets follow from their events</source>
        <translation>tiket sesuai dengan peristiwanya</translation>
    </message>
    <message numerus="yes">
        <source> (%n ticket(s) in all)</source>
        <translation>
            <numerusform> (seluruhnya %n tiket)</numerusform>
        </translation>
    </message>
    <message>
        <source>events in the order they happened</source>
        <translation>peristiwa dalam urutan terjadinya</translation>
    </message>
    <message numerus="yes">
        <source> (%n event(s) in all)</source>
        <translation>
            <numerusform> (seluruhnya %n peristiwa)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>called</source>
        <translation>dipanggil</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>dilayani</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>tidak hadir</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>kedaluwarsa</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>tuntas</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>belum lengkap</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>dirujuk</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>tutup</translation>
    </message>
    <message>
        <source>open</source>
        <translation>buka</translation>
    </message>
    <message>
        <source>on break</source>
        <translation>istirahat</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>petugas</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>penyelia</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Senin</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Selasa</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Rabu</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Kamis</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Jumat</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabtu</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Sen</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Sel</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Rab</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Jum</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>istirahat</translation>
    </message>
    <message>
        <source>prayer</source>
        <translation>sholat</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>rapat</translation>
    </message>
    <message>
        <source>system failure</source>
        <translation>gangguan sistem</translation>
    </message>
    <message>
        <source>other</source>
        <translation>lainnya</translation>
    </message>
</context>
<context>
    <name>OmbudsmanReportBuilder</name>
    <message>
        <source>Services and waiting times against their targets</source>
        <translation>Layanan dan waktu tunggu terhadap targetnya</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <source>Target (min)</source>
        <translation>Target (menit)</translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation>Rata-rata tunggu</translation>
    </message>
    <message>
        <source>P90 wait</source>
        <translation>Tunggu P90</translation>
    </message>
    <message>
        <source>Within target %</source>
        <translation>% dalam target</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Semua layanan</translation>
    </message>
    <message>
        <source>Empty booths during opening hours, per agency</source>
        <translation>Loket kosong selama jam layanan, per instansi</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Booths</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Scheduled (min)</source>
        <translation>Terjadwal (menit)</translation>
    </message>
    <message>
        <source>Empty (min)</source>
        <translation>Kosong (menit)</translation>
    </message>
    <message>
        <source>Empty %</source>
        <translation>% kosong</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Responden</translation>
    </message>
    <message>
        <source>Sample needed</source>
        <translation>Sampel dibutuhkan</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Memadai</translation>
    </message>
    <message>
        <source>IKM</source>
        <translation>IKM</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Mutu</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kinerja</translation>
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
        <source>not recorded</source>
        <translation>tidak tercatat</translation>
    </message>
    <message>
        <source>Whole hall</source>
        <translation>Seluruh tempat layanan</translation>
    </message>
    <message>
        <source>Satisfaction per element (NRR, 1–4), whole hall</source>
        <translation>Kepuasan per unsur (NRR, 1–4), seluruh tempat layanan</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>IKM per service</source>
        <translation>IKM per layanan</translation>
    </message>
    <message>
        <source>IKM per agency</source>
        <translation>IKM per instansi</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Ombudsman report %1 – %2, %3</source>
        <translation>Laporan Ombudsman %1 – %2, %3</translation>
    </message>
    <message>
        <source>Tickets issued %1, served %2, within the wait target %3%</source>
        <translation>Tiket diterbitkan %1, dilayani %2, dalam target tunggu %3%</translation>
    </message>
    <message>
        <source>Booths empty during opening hours: %1 of %2 minutes</source>
        <translation>Loket kosong selama jam layanan: %1 dari %2 menit</translation>
    </message>
    <message>
        <source>IKM %1 (%2, %3) from %4 responses (%5 needed)</source>
        <translation>IKM %1 (%2, %3) dari %4 responden (%5 dibutuhkan)</translation>
    </message>
    <message>
        <source>IKM: no responses</source>
        <translation>IKM: belum ada responden</translation>
    </message>
    <message>
        <source>Complaints received %1, answered %2, open %3, overdue %4, within SLA %5</source>
        <translation>Pengaduan diterima %1, dijawab %2, terbuka %3, lewat tenggat %4, dalam SLA %5</translation>
    </message>
</context>
<context>
    <name>PgRoles</name>
    <message>
        <source>%1 is a SQLite file: its access is the file&apos;s permissions; database roles are for a PostgreSQL hall (--db service=NAME or postgresql://…)</source>
        <translation>%1 adalah berkas SQLite: aksesnya diatur oleh izin berkas; peran basis data untuk aula PostgreSQL (--db service=NAMA atau postgresql://…)</translation>
    </message>
    <message>
        <source>the roles script is missing from this program: %1</source>
        <translation>skrip peran tidak ada dalam program ini: %1</translation>
    </message>
    <message>
        <source>%1: only the database&apos;s owner with the CREATEROLE right can set up the roles (as the postgres user, for instance): %2</source>
        <translation>%1: hanya pemilik basis data dengan hak CREATEROLE yang dapat menyiapkan peran (misalnya sebagai pengguna postgres): %2</translation>
    </message>
</context>
<context>
    <name>QueueEngine</name>
    <message>
        <source>%1: the hall is not set up yet; run &apos;antre init --config FILE&apos; or &apos;antre demo&apos;</source>
        <translation>%1: tempat layanan belum disiapkan; jalankan &apos;antre init --config FILE&apos; atau &apos;antre demo&apos;</translation>
    </message>
    <message>
        <source>Unknown service %1</source>
        <translation>Layanan %1 tidak dikenal</translation>
    </message>
    <message>
        <source>Unknown counter %1</source>
        <translation>Loket %1 tidak dikenal</translation>
    </message>
    <message>
        <source>Unknown ticket</source>
        <translation>Tiket tidak dikenal</translation>
    </message>
    <message>
        <source>No ticket is called at %1; call the next one first.</source>
        <translation>Belum ada tiket yang dipanggil di %1; panggil tiket berikutnya dulu.</translation>
    </message>
    <message>
        <source>%1 is on a break; resume it first.</source>
        <translation>%1 sedang istirahat; lanjutkan dulu.</translation>
    </message>
    <message>
        <source>%1 is not open; open it first.</source>
        <translation>%1 belum dibuka; buka dulu.</translation>
    </message>
    <message>
        <source>Ticket %1 is still open at %2; finish it, mark it no-show or transfer it first.</source>
        <translation>Tiket %1 masih terbuka di %2; selesaikan, tandai tidak hadir, atau alihkan dulu.</translation>
    </message>
    <message>
        <source>No one is waiting for the services of %1.</source>
        <translation>Tidak ada warga yang menunggu untuk layanan %1.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2; that action is not possible now.</source>
        <translation>Tiket %1 berstatus %2; tindakan itu tidak dapat dilakukan sekarang.</translation>
    </message>
    <message>
        <source>The recall was saved but could not be read back.</source>
        <translation>Panggilan ulang sudah disimpan, tetapi tidak dapat dibaca kembali.</translation>
    </message>
    <message>
        <source>Ticket %1 is already in service %2.</source>
        <translation>Tiket %1 sudah berada di layanan %2.</translation>
    </message>
    <message>
        <source>No ticket %1 today</source>
        <translation>Tidak ada tiket %1 hari ini</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 sudah dibuka.</translation>
    </message>
    <message>
        <source>%1 is already open by %2.</source>
        <translation>%1 sudah dibuka oleh %2.</translation>
    </message>
    <message>
        <source>Unknown staff ID %1</source>
        <translation>ID petugas %1 tidak dikenal</translation>
    </message>
    <message>
        <source>This account is deactivated; ask the hall administrator.</source>
        <translation>Akun ini dinonaktifkan; hubungi administrator sistem.</translation>
    </message>
    <message>
        <source>%1 is not allowed to open %2.</source>
        <translation>%1 tidak diizinkan membuka %2.</translation>
    </message>
    <message>
        <source>%1 already has %2 open; close it first.</source>
        <translation>%1 masih membuka %2; tutup dulu loket itu.</translation>
    </message>
    <message>
        <source>%1 is not open.</source>
        <translation>%1 belum dibuka.</translation>
    </message>
    <message>
        <source>Ticket %1 is still open at %2; finish it first.</source>
        <translation>Tiket %1 masih terbuka di %2; selesaikan dulu.</translation>
    </message>
    <message>
        <source>%1 is not on a break.</source>
        <translation>%1 tidak sedang istirahat.</translation>
    </message>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 sudah ditutup.</translation>
    </message>
    <message>
        <source>No ticket %1 on %2</source>
        <translation>Tidak ada tiket %1 pada %2</translation>
    </message>
    <message>
        <source>Request key %1 was already used for another ticket (service %2); a new press needs a new key</source>
        <translation>Kunci permintaan %1 sudah dipakai untuk tiket lain (layanan %2); tekanan tombol yang baru memerlukan kunci baru</translation>
    </message>
    <message>
        <source>Malformed request key &quot;%1&quot;: 8 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>Kunci permintaan &quot;%1&quot; tidak sah: 8 sampai 64 huruf, angka, &apos;-&apos; atau &apos;_&apos;</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Reports support ids from 1 to %1, not %2 (%3)</source>
        <translation>Laporan mendukung id 1 sampai %1, bukan %2 (%3)</translation>
    </message>
    <message>
        <source>The hall is not set up yet; run &apos;antre init --config FILE&apos; or &apos;antre demo&apos;</source>
        <translation>Tempat layanan belum disiapkan; jalankan &apos;antre init --config FILE&apos; atau &apos;antre demo&apos;</translation>
    </message>
    <message>
        <source>A ticket of %1 refers to an unknown service.</source>
        <translation>Sebuah tiket tanggal %1 merujuk ke layanan yang tidak dikenal.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Tuntas</translation>
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
        <source>Transferred in</source>
        <translation>Dialihkan masuk</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Dipanggil</translation>
    </message>
    <message>
        <source>Wait mean</source>
        <translation>Rerata tunggu</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Maks</translation>
    </message>
    <message>
        <source>In target %</source>
        <translation>Sesuai target %</translation>
    </message>
    <message>
        <source>Service samples</source>
        <translation>Sampel layanan</translation>
    </message>
    <message>
        <source>Service mean</source>
        <translation>Rerata layanan</translation>
    </message>
    <message>
        <source>Service median</source>
        <translation>Median layanan</translation>
    </message>
    <message>
        <source>Service P90</source>
        <translation>P90 layanan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Data per</translation>
    </message>
    <message>
        <source>Booth staffing (minutes)</source>
        <translation>Kehadiran petugas loket (menit)</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Terjadwal</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <source>Open in hours</source>
        <translation>Buka dalam jam layanan</translation>
    </message>
    <message>
        <source>Unstaffed</source>
        <translation>Tanpa petugas</translation>
    </message>
    <message>
        <source>Wait distribution (called tickets)</source>
        <translation>Sebaran waktu tunggu (tiket yang dipanggil)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <source>Served by hour of first call</source>
        <translation>Dilayani per jam panggilan pertama</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>The report period %1 to %2 is not valid.</source>
        <translation>Periode laporan %1 sampai %2 tidak sah.</translation>
    </message>
    <message>
        <source>The report needs the current time.</source>
        <translation>Laporan memerlukan waktu saat ini.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>%1 — queue report %2</source>
        <translation>%1 — laporan antrean %2</translation>
    </message>
    <message>
        <source>Times in minutes; local time %1; as of %2.</source>
        <translation>Waktu dalam menit; waktu setempat %1; data per %2.</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Semua tiket</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Per layanan</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>Per instansi</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
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
        <source>Staff ID</source>
        <translation>ID petugas</translation>
    </message>
    <message>
        <source>By hour of issue</source>
        <translation>Per jam pengambilan tiket</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Per hari</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>The tickets of %1 came from the database in a form that cannot be read.</source>
        <translation>Tiket tanggal %1 datang dari basis data dalam bentuk yang tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>ReportHead</name>
    <message>
        <source>Made from the audit log up to event %1 (head %2)</source>
        <translation>Dibuat dari log audit sampai peristiwa %1 (hash %2)</translation>
    </message>
    <message>
        <source>%1; not sealed yet.</source>
        <translation>%1; belum disegel.</translation>
    </message>
    <message>
        <source>%1; newest seal %2, up to event %3.</source>
        <translation>%1; segel terbaru %2, sampai peristiwa %3.</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Closed on this date</source>
        <translation>Tutup pada tanggal ini</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>Tutup hari ini</translation>
    </message>
    <message>
        <source>Closed today — open %1</source>
        <translation>Tutup hari ini — buka %1</translation>
    </message>
    <message>
        <source>Opens at %1</source>
        <translation>Buka pukul %1</translation>
    </message>
    <message>
        <source>Ticket issue has stopped for today</source>
        <translation>Pengambilan tiket hari ini sudah ditutup</translation>
    </message>
    <message>
        <source>Closed for today</source>
        <translation>Sudah tutup untuk hari ini</translation>
    </message>
    <message>
        <source>Today&apos;s quota is used up</source>
        <translation>Kuota hari ini habis</translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <source>Unknown staff ID %1</source>
        <translation>ID petugas %1 tidak dikenal</translation>
    </message>
    <message>
        <source>Wrong staff ID or PIN.</source>
        <translation>ID petugas atau PIN salah.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: this account is locked for %n more minute(s).</source>
        <translation>
            <numerusform>Terlalu banyak PIN salah: akun ini masih dikunci %n menit lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is deactivated; ask the hall administrator.</source>
        <translation>Akun ini dinonaktifkan; hubungi administrator sistem.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: this account is locked for %n minute(s).</source>
        <translation>
            <numerusform>Terlalu banyak PIN salah: akun ini dikunci selama %n menit.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN terdiri atas 4 sampai 12 angka.</translation>
    </message>
    <message>
        <source>Unknown counter %1</source>
        <translation>Loket %1 tidak dikenal</translation>
    </message>
</context>
<context>
    <name>SurveyAnswers</name>
    <message>
        <source>%1: &quot;%2&quot; is not 1–4</source>
        <translation>%1: &quot;%2&quot; bukan 1–4</translation>
    </message>
    <message>
        <source>every element must be answered; missing: %1</source>
        <translation>setiap unsur wajib dijawab; belum dijawab: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a survey element (%2)</source>
        <translation>&quot;%1&quot; bukan unsur survei (%2)</translation>
    </message>
    <message>
        <source>%1 is answered twice</source>
        <translation>%1 dijawab dua kali</translation>
    </message>
</context>
<context>
    <name>SurveyCsv</name>
    <message>
        <source>%1: line %2: a quoted field is not closed</source>
        <translation>%1: baris %2: kolom bertanda kutip tidak ditutup</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8 text</source>
        <translation>%1: berkas bukan teks UTF-8</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: baris %2: %3</translation>
    </message>
    <message>
        <source>%1: the file is empty (it needs a header row)</source>
        <translation>%1: berkas kosong (harus ada baris judul kolom)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column of the survey (%2)</source>
        <translation>&quot;%1&quot; bukan kolom survei (%2)</translation>
    </message>
    <message>
        <source>the column %1 appears twice</source>
        <translation>kolom %1 muncul dua kali</translation>
    </message>
    <message>
        <source>the required column %1 is missing</source>
        <translation>kolom wajib %1 tidak ada</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 kolom, padahal baris judul memiliki %2</translation>
    </message>
    <message>
        <source>date: &quot;%1&quot; is not a date YYYY-MM-DD</source>
        <translation>date: &quot;%1&quot; bukan tanggal YYYY-MM-DD</translation>
    </message>
    <message>
        <source>service: a service code is required</source>
        <translation>service: kode layanan wajib diisi</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not 1–4</source>
        <translation>%1: &quot;%2&quot; bukan 1–4</translation>
    </message>
    <message>
        <source>ticket: &quot;%1&quot; is not a ticket number like A-001</source>
        <translation>ticket: &quot;%1&quot; bukan nomor tiket seperti A-001</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: berkas tidak dapat dibaca: %2</translation>
    </message>
</context>
<context>
    <name>SurveyQuestionnaire</name>
    <message>
        <source>Requirements</source>
        <translation>Persyaratan</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Sistem, mekanisme, dan prosedur</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>Waktu penyelesaian</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya/tarif</translation>
    </message>
    <message>
        <source>Service product</source>
        <translation>Produk spesifikasi jenis pelayanan</translation>
    </message>
    <message>
        <source>Staff competence</source>
        <translation>Kompetensi pelaksana</translation>
    </message>
    <message>
        <source>Staff behaviour</source>
        <translation>Perilaku pelaksana</translation>
    </message>
    <message>
        <source>Complaint handling</source>
        <translation>Penanganan pengaduan, saran, dan masukan</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Sarana dan prasarana</translation>
    </message>
    <message>
        <source>How well do the requirements match the kind of service?</source>
        <translation>Bagaimana kesesuaian persyaratan pelayanan dengan jenis pelayanannya?</translation>
    </message>
    <message>
        <source>How easy is the service procedure?</source>
        <translation>Bagaimana kemudahan prosedur pelayanan di unit ini?</translation>
    </message>
    <message>
        <source>How fast was the service?</source>
        <translation>Bagaimana kecepatan waktu dalam memberikan pelayanan?</translation>
    </message>
    <message>
        <source>How fair was the cost of the service?</source>
        <translation>Bagaimana kewajaran biaya/tarif dalam pelayanan?</translation>
    </message>
    <message>
        <source>Did the result of the service match what was published?</source>
        <translation>Bagaimana kesesuaian produk pelayanan dengan yang tercantum dalam standar pelayanan?</translation>
    </message>
    <message>
        <source>How competent were the staff?</source>
        <translation>Bagaimana kompetensi/kemampuan petugas dalam pelayanan?</translation>
    </message>
    <message>
        <source>How polite and friendly were the staff?</source>
        <translation>Bagaimana perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?</translation>
    </message>
    <message>
        <source>How well are complaints, suggestions and input handled?</source>
        <translation>Bagaimana penanganan pengaduan, saran, dan masukan?</translation>
    </message>
    <message>
        <source>How good are the facilities?</source>
        <translation>Bagaimana kualitas sarana dan prasarana?</translation>
    </message>
    <message>
        <source>Not suitable</source>
        <translation>Tidak sesuai</translation>
    </message>
    <message>
        <source>Somewhat suitable</source>
        <translation>Kurang sesuai</translation>
    </message>
    <message>
        <source>Suitable</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <source>Very suitable</source>
        <translation>Sangat sesuai</translation>
    </message>
    <message>
        <source>Not easy</source>
        <translation>Tidak mudah</translation>
    </message>
    <message>
        <source>Somewhat easy</source>
        <translation>Kurang mudah</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Mudah</translation>
    </message>
    <message>
        <source>Very easy</source>
        <translation>Sangat mudah</translation>
    </message>
    <message>
        <source>Not fast</source>
        <translation>Tidak cepat</translation>
    </message>
    <message>
        <source>Somewhat fast</source>
        <translation>Kurang cepat</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Cepat</translation>
    </message>
    <message>
        <source>Very fast</source>
        <translation>Sangat cepat</translation>
    </message>
    <message>
        <source>Very expensive</source>
        <translation>Sangat mahal</translation>
    </message>
    <message>
        <source>Rather expensive</source>
        <translation>Cukup mahal</translation>
    </message>
    <message>
        <source>Cheap</source>
        <translation>Murah</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Does not match</source>
        <translation>Tidak sesuai</translation>
    </message>
    <message>
        <source>Somewhat matches</source>
        <translation>Kurang sesuai</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <source>Matches exactly</source>
        <translation>Sangat sesuai</translation>
    </message>
    <message>
        <source>Not competent</source>
        <translation>Tidak kompeten</translation>
    </message>
    <message>
        <source>Somewhat competent</source>
        <translation>Kurang kompeten</translation>
    </message>
    <message>
        <source>Competent</source>
        <translation>Kompeten</translation>
    </message>
    <message>
        <source>Very competent</source>
        <translation>Sangat kompeten</translation>
    </message>
    <message>
        <source>Not polite and friendly</source>
        <translation>Tidak sopan dan ramah</translation>
    </message>
    <message>
        <source>Somewhat polite and friendly</source>
        <translation>Kurang sopan dan ramah</translation>
    </message>
    <message>
        <source>Polite and friendly</source>
        <translation>Sopan dan ramah</translation>
    </message>
    <message>
        <source>Very polite and friendly</source>
        <translation>Sangat sopan dan ramah</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Available but not working</source>
        <translation>Ada tetapi tidak berfungsi</translation>
    </message>
    <message>
        <source>Working but not well</source>
        <translation>Berfungsi kurang maksimal</translation>
    </message>
    <message>
        <source>Handled well</source>
        <translation>Dikelola dengan baik</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Buruk</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Cukup</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Sangat baik</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>di bawah 18 tahun</translation>
    </message>
    <message>
        <source>over 60</source>
        <translation>di atas 60 tahun</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 tahun</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Junior high school</source>
        <translation>SMP</translation>
    </message>
    <message>
        <source>Senior high school</source>
        <translation>SMA</translation>
    </message>
    <message>
        <source>Diploma (D1–D3)</source>
        <translation>Diploma (D1–D3)</translation>
    </message>
    <message>
        <source>Bachelor (S1)</source>
        <translation>Sarjana (S1)</translation>
    </message>
    <message>
        <source>Master (S2)</source>
        <translation>Magister (S2)</translation>
    </message>
    <message>
        <source>Doctorate (S3)</source>
        <translation>Doktor (S3)</translation>
    </message>
    <message>
        <source>Civil servant</source>
        <translation>PNS</translation>
    </message>
    <message>
        <source>Military (TNI)</source>
        <translation>TNI</translation>
    </message>
    <message>
        <source>Police (Polri)</source>
        <translation>Polri</translation>
    </message>
    <message>
        <source>Private employee</source>
        <translation>Pegawai swasta</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Wirausaha</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Pelajar/mahasiswa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>SurveyStore</name>
    <message>
        <source>The hall is not set up yet (antre init).</source>
        <translation>Tempat layanan belum disiapkan (antre init).</translation>
    </message>
    <message>
        <source>No ticket %1 on %2</source>
        <translation>Tidak ada tiket %1 pada %2</translation>
    </message>
    <message>
        <source>Ticket %1 of %2 was not served (%3): only served tickets can be rated</source>
        <translation>Tiket %1 tanggal %2 tidak dilayani (%3): hanya tiket yang sudah dilayani yang dapat dinilai</translation>
    </message>
    <message>
        <source>Ticket %1 of %2 is more than %3 days old: only tickets of the last %3 days can be rated</source>
        <translation>Tiket %1 tanggal %2 sudah lebih dari %3 hari: hanya tiket %3 hari terakhir yang dapat dinilai</translation>
    </message>
    <message>
        <source>Ticket %1 of %2 has already been rated: one response per ticket</source>
        <translation>Tiket %1 tanggal %2 sudah dinilai: satu survei untuk setiap tiket</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3</source>
        <translation>%1: &quot;%2&quot; bukan salah satu dari %3</translation>
    </message>
    <message>
        <source>No ticket number given</source>
        <translation>Nomor tiket belum diisi</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: baris %2: %3</translation>
    </message>
    <message>
        <source>date: &quot;%1&quot; is in the future</source>
        <translation>date: &quot;%1&quot; belum terjadi</translation>
    </message>
    <message>
        <source>service: &quot;%1&quot; is not a service of this hall</source>
        <translation>service: &quot;%1&quot; bukan layanan di tempat layanan ini</translation>
    </message>
    <message>
        <source>ticket: %1 of %2 is already rated on an earlier line</source>
        <translation>ticket: %1 tanggal %2 sudah dinilai pada baris sebelumnya</translation>
    </message>
    <message>
        <source>ticket: %1 of %2 was for service %3, not %4</source>
        <translation>ticket: %1 tanggal %2 untuk layanan %3, bukan %4</translation>
    </message>
    <message>
        <source>The period&apos;s last day is before its first.</source>
        <translation>Hari terakhir periode lebih awal daripada hari pertamanya.</translation>
    </message>
    <message>
        <source>ticket: no ticket %1 on %2</source>
        <translation>ticket: tidak ada tiket %1 pada %2</translation>
    </message>
    <message>
        <source>ticket: %1 of %2 was not served (%3): only served tickets can be rated</source>
        <translation>ticket: %1 tanggal %2 tidak dilayani (%3): hanya tiket yang sudah dilayani yang dapat dinilai</translation>
    </message>
    <message>
        <source>ticket: %1 of %2 has already been rated: one response per ticket</source>
        <translation>ticket: %1 tanggal %2 sudah dinilai: satu survei untuk setiap tiket</translation>
    </message>
    <message>
        <source>At least one suggestion must be asked for, not %1.</source>
        <translation>Jumlah saran yang diminta paling sedikit satu, bukan %1.</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>the foreign keys of the tables %1 form a cycle; they cannot be copied one after another</source>
        <translation>kunci asing tabel %1 membentuk lingkaran; tabel-tabel itu tidak dapat disalin satu per satu</translation>
    </message>
    <message>
        <source>%1: %2 rows in the source, %3 in the copy</source>
        <translation>%1: %2 baris di sumber, %3 di salinan</translation>
    </message>
    <message>
        <source>%1: %2 rows on both sides, but their contents differ</source>
        <translation>%1: %2 baris di kedua sisi, tetapi isinya berbeda</translation>
    </message>
    <message>
        <source>%1 and %2 do not have the same tables (only in the source: %3; only in the target: %4); open both with this version of antre first</source>
        <translation>%1 dan %2 tidak memiliki tabel yang sama (hanya di sumber: %3; hanya di tujuan: %4); buka keduanya dulu dengan versi antre ini</translation>
    </message>
    <message>
        <source>%1 is not empty (rows in %2); give --replace to overwrite it</source>
        <translation>%1 tidak kosong (ada baris di %2); berikan --replace untuk menimpanya</translation>
    </message>
    <message>
        <source>%1: the columns differ (source: %2; target: %3)</source>
        <translation>%1: kolomnya berbeda (sumber: %2; tujuan: %3)</translation>
    </message>
    <message>
        <source>the copy differs from the source, nothing was kept: %1</source>
        <translation>salinan berbeda dari sumber, tidak ada yang disimpan: %1</translation>
    </message>
</context>
</TS>
