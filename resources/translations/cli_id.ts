<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>option --%1 needs a value</source>
        <translation>opsi --%1 memerlukan nilai</translation>
    </message>
    <message>
        <source>unknown option --%1 (see antre --help)</source>
        <translation>opsi --%1 tidak dikenal (lihat antre --help)</translation>
    </message>
    <message>
        <source>usage: antre %1</source>
        <translation>penggunaan: antre %1</translation>
    </message>
    <message>
        <source>%1 is already set up; use &apos;antre config import FILE&apos; to change it</source>
        <translation>%1 sudah disiapkan; gunakan &apos;antre config import FILE&apos; untuk mengubahnya</translation>
    </message>
    <message>
        <source>initialized %1
</source>
        <translation>%1 telah disiapkan
</translation>
    </message>
    <message>
        <source>--history-days: &quot;%1&quot; is not a number of days from 0 to 366</source>
        <translation>--history-days: &quot;%1&quot; bukan jumlah hari dari 0 sampai 366</translation>
    </message>
    <message>
        <source>demo hall &quot;%1&quot; created in %2
</source>
        <translation>tempat layanan demo &quot;%1&quot; dibuat di %2
</translation>
    </message>
    <message>
        <source>%1 days of history simulated (%2 to %3): %4 tickets, %5 served
</source>
        <translation>riwayat %1 hari disimulasikan (%2 sampai %3): %4 tiket, %5 dilayani
</translation>
    </message>
    <message>
        <source>imported %1
</source>
        <translation>%1 diimpor
</translation>
    </message>
    <message>
        <source>usage: antre config import FILE | antre config export</source>
        <translation>penggunaan: antre config import FILE | antre config export</translation>
    </message>
    <message>
        <source>--outcome: &quot;%1&quot; is not completed, incomplete or referred</source>
        <translation>--outcome: &quot;%1&quot; bukan completed, incomplete, atau referred</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket number like A-001</source>
        <translation>&quot;%1&quot; bukan nomor tiket seperti A-001</translation>
    </message>
    <message>
        <source>usage: antre counter open|break|resume|close COUNTER [--staff ID] [--reason R]</source>
        <translation>penggunaan: antre counter open|break|resume|close COUNTER [--staff ID] [--reason R]</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>menunggu %1</translation>
    </message>
    <message>
        <source> (%1 priority)</source>
        <translation> (%1 prioritas)</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>diterbitkan %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>buka</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>! should be staffed now</source>
        <translation>! seharusnya sudah dijaga petugas</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date YYYY-MM-DD</source>
        <translation>--%1: &quot;%2&quot; bukan tanggal YYYY-MM-DD</translation>
    </message>
    <message>
        <source>usage: antre report daily [--date YYYY-MM-DD] | report range --from D --to D</source>
        <translation>penggunaan: antre report daily [--date YYYY-MM-DD] | report range --from D --to D</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not text, csv or json</source>
        <translation>--format: &quot;%1&quot; bukan text, csv, atau json</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to lebih awal daripada --from</translation>
    </message>
    <message>
        <source>audit log damaged: %1</source>
        <translation>log audit rusak: %1</translation>
    </message>
    <message>
        <source>ok: %1 events
</source>
        <translation>ok: %1 peristiwa
</translation>
    </message>
    <message>
        <source>usage: antre staff add ID --name N --role R [--counters L1,L2] | staff login ID</source>
        <translation>penggunaan: antre staff add ID --name N --role R [--counters L1,L2] | staff login ID</translation>
    </message>
    <message>
        <source>ok: %1 (%2)
</source>
        <translation>ok: %1 (%2)
</translation>
    </message>
    <message>
        <source>staff add: --name is required</source>
        <translation>staff add: --name wajib diisi</translation>
    </message>
    <message>
        <source>--role: &quot;%1&quot; is not officer, supervisor or admin</source>
        <translation>--role: &quot;%1&quot; bukan officer, supervisor, atau admin</translation>
    </message>
    <message>
        <source>the PIN read from standard input must be 4 to 12 digits</source>
        <translation>PIN yang dibaca dari masukan standar harus terdiri atas 4 sampai 12 angka</translation>
    </message>
    <message>
        <source>staff %1 saved
</source>
        <translation>petugas %1 disimpan
</translation>
    </message>
    <message>
        <source>backup written to %1
</source>
        <translation>cadangan disimpan di %1
</translation>
    </message>
    <message>
        <source>ok    %1
</source>
        <translation>ok    %1
</translation>
    </message>
    <message>
        <source>FAIL  %1</source>
        <translation>GAGAL %1</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not en or id</source>
        <translation>--lang: &quot;%1&quot; bukan en atau id</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see antre --help)</source>
        <translation>perintah &quot;%1&quot; tidak dikenal (lihat antre --help)</translation>
    </message>
    <message>
        <source>staff add: %1</source>
        <translation>staff add: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opsi:</translation>
    </message>
    <message>
        <source>Every command also takes --db FILE, --json, --lang en|id and --help (see antre --help).</source>
        <translation>Setiap perintah juga menerima --db FILE, --json, --lang en|id, dan --help (lihat antre --help).</translation>
    </message>
    <message>
        <source>%1: unknown option --%2 (see antre %1 --help)</source>
        <translation>%1: opsi --%2 tidak dikenal (lihat antre %1 --help)</translation>
    </message>
    <message>
        <source>--db: the database file name is empty</source>
        <translation>--db: nama berkas basis data kosong</translation>
    </message>
    <message>
        <source>backup: the backup file name is empty</source>
        <translation>backup: nama berkas cadangan kosong</translation>
    </message>
    <message>
        <source>Checks the database&apos;s integrity, the audit chain, the queue&apos;s invariants and the report summaries; changes nothing unless --repair is given. Exit code 1 when a check fails.</source>
        <translation>Memeriksa integritas basis data, rantai audit, invarian antrean, dan ringkasan laporan; tidak mengubah apa pun kecuali dengan --repair. Kode keluar 1 bila ada pemeriksaan yang gagal.</translation>
    </message>
    <message>
        <source>remove report summaries that differ from their tickets (reports make them again) and say so</source>
        <translation>hapus ringkasan laporan yang berbeda dari tiketnya (laporan akan membuatnya lagi) dan laporkan</translation>
    </message>
    <message>
        <source>Imports a hall configuration (all or nothing, with a precise message for each problem), or prints the one in force as JSON (without PINs).</source>
        <translation>Mengimpor konfigurasi tempat layanan (semua atau tidak sama sekali, dengan pesan yang tepat untuk setiap masalah), atau menampilkan konfigurasi yang berlaku sebagai JSON (tanpa PIN).</translation>
    </message>
    <message>
        <source>Opens a counter (booth) for an officer, starts or ends a break, or closes it; prints the counter&apos;s new state.</source>
        <translation>Membuka loket untuk petugas, memulai atau mengakhiri istirahat, atau menutupnya; menampilkan status baru loket.</translation>
    </message>
    <message>
        <source>open: the officer at the counter</source>
        <translation>open: petugas di loket</translation>
    </message>
    <message>
        <source>break: why, shown on the display (istirahat)</source>
        <translation>break: alasannya, ditampilkan di layar (istirahat)</translation>
    </message>
    <message>
        <source>Calls the next ticket to the counter; prints the number and the counter.</source>
        <translation>Memanggil tiket berikutnya ke loket; menampilkan nomor dan loketnya.</translation>
    </message>
    <message>
        <source>Calls the counter&apos;s current ticket again.</source>
        <translation>Memanggil ulang tiket loket saat ini.</translation>
    </message>
    <message>
        <source>Starts serving the ticket called to the counter.</source>
        <translation>Mulai melayani tiket yang dipanggil ke loket.</translation>
    </message>
    <message>
        <source>Finishes the ticket being served at the counter.</source>
        <translation>Menyelesaikan tiket yang sedang dilayani di loket.</translation>
    </message>
    <message>
        <source>Marks that nobody came for the ticket called to the counter.</source>
        <translation>Menandai bahwa tidak ada yang datang untuk tiket yang dipanggil ke loket.</translation>
    </message>
    <message>
        <source>Sends the counter&apos;s ticket on to another service, keeping its place in line.</source>
        <translation>Meneruskan tiket loket ke layanan lain, dengan tetap mempertahankan urutannya dalam antrean.</translation>
    </message>
    <message>
        <source>how it ended (completed)</source>
        <translation>bagaimana layanan berakhir (completed)</translation>
    </message>
    <message>
        <source>days of simulated history before today, 0 to 366 (30)</source>
        <translation>jumlah hari riwayat simulasi sebelum hari ini, 0 sampai 366 (30)</translation>
    </message>
    <message>
        <source>also play this morning: booths open and serving, queues waiting</source>
        <translation>jalankan juga pagi ini: loket buka dan melayani, antrean menunggu</translation>
    </message>
    <message>
        <source>no morning played: the hall is closed on %1 or has not opened yet
</source>
        <translation>pagi tidak dijalankan: tempat layanan tutup pada %1 atau belum buka
</translation>
    </message>
    <message>
        <source>morning of %1 played until %2: %3 booths open, %4 tickets, %5 served
</source>
        <translation>pagi %1 dijalankan sampai %2: %3 loket buka, %4 tiket, %5 dilayani
</translation>
    </message>
    <message>
        <source>%1 has just called %2
</source>
        <translation>%1 baru saja memanggil %2
</translation>
    </message>
    <message>
        <source>the hall configuration to import (JSON)</source>
        <translation>konfigurasi tempat layanan yang diimpor (JSON)</translation>
    </message>
    <message>
        <source>Issues a ticket for a service, as the kiosk does; prints its number, e.g. A-001.</source>
        <translation>Menerbitkan tiket untuk sebuah layanan, seperti yang dilakukan kios; menampilkan nomornya, mis. A-001.</translation>
    </message>
    <message>
        <source>a priority ticket (elderly, disabled, pregnant, small children)</source>
        <translation>tiket prioritas (lansia, penyandang disabilitas, ibu hamil, anak kecil)</translation>
    </message>
    <message>
        <source>daily: the day (today)</source>
        <translation>daily: harinya (hari ini)</translation>
    </message>
    <message>
        <source>range: the first day (today)</source>
        <translation>range: hari pertama (hari ini)</translation>
    </message>
    <message>
        <source>range: the last day (today)</source>
        <translation>range: hari terakhir (hari ini)</translation>
    </message>
    <message>
        <source>text (json with --json), csv or json</source>
        <translation>text (json dengan --json), csv, atau json</translation>
    </message>
    <message>
        <source>Adds or updates a staff account, or checks a login; the PIN (4 to 12 digits) is read from standard input.</source>
        <translation>Menambah atau memperbarui akun petugas, atau memeriksa login; PIN (4 sampai 12 angka) dibaca dari masukan standar.</translation>
    </message>
    <message>
        <source>add: the full name</source>
        <translation>add: nama lengkap</translation>
    </message>
    <message>
        <source>add: what the account may do</source>
        <translation>add: apa yang boleh dilakukan akun</translation>
    </message>
    <message>
        <source>add: the counters an officer may open</source>
        <translation>add: loket yang boleh dibuka petugas</translation>
    </message>
    <message>
        <source>Shows the hall now: waiting per service, each counter&apos;s state and ticket.</source>
        <translation>Menampilkan keadaan tempat layanan saat ini: jumlah menunggu per layanan, status dan tiket setiap loket.</translation>
    </message>
    <message>
        <source>Puts a ticket of today (e.g. A-001) back in line at its place.</source>
        <translation>Mengembalikan tiket hari ini (mis. A-001) ke antrean pada urutannya.</translation>
    </message>
    <message>
        <source>Cancels a ticket of today (e.g. A-001).</source>
        <translation>Membatalkan tiket hari ini (mis. A-001).</translation>
    </message>
    <message>
        <source>Checks the hash chain of the audit log: every event since the hall was set up, in order and unchanged, and the log against every seal. &quot;audit seal&quot; records the log&apos;s head, signed with the hall&apos;s key, in the seal file beside the database.</source>
        <translation>Memeriksa rantai hash log audit: setiap peristiwa sejak tempat layanan disiapkan, berurutan dan tidak diubah, serta log terhadap setiap segel. &quot;audit seal&quot; mencatat ujung log, ditandatangani dengan kunci tempat layanan, di berkas segel di samping basis data.</translation>
    </message>
    <message>
        <source>usage: antre audit verify | antre audit seal</source>
        <translation>penggunaan: antre audit verify | antre audit seal</translation>
    </message>
    <message>
        <source>sealed: %1 events, head %2
</source>
        <translation>disegel: %1 peristiwa, ujung %2
</translation>
    </message>
    <message numerus="yes">
        <source>audit log damaged: %n damaged event(s)</source>
        <translation>
            <numerusform>log audit rusak: %n peristiwa rusak</numerusform>
        </translation>
    </message>
    <message>
        <source>  … and more: only the first %1 are listed</source>
        <translation>  … dan lainnya: hanya %1 yang pertama dicantumkan</translation>
    </message>
    <message>
        <source>backup: not sealed: %1</source>
        <translation>backup: tidak disegel: %1</translation>
    </message>
    <message>
        <source>backup: %1</source>
        <translation>backup: %1</translation>
    </message>
    <message>
        <source>restore: cannot rename %1 to %2; nothing was changed</source>
        <translation>restore: %1 tidak dapat diganti namanya menjadi %2; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>Puts a backup back as the hall database: the backup is checked first on a copy (a damaged file, a file that is not an Antre hall or one that fails antre check is refused and nothing changes); the current database is kept aside, renamed with the time of the restore. Stop the hall&apos;s programs first.</source>
        <translation>Mengembalikan cadangan sebagai basis data tempat layanan: cadangan diperiksa dulu pada salinannya (berkas yang rusak, berkas yang bukan tempat layanan Antre, atau yang tidak lolos antre check ditolak dan tidak ada yang berubah); basis data saat ini disimpan terpisah, diganti namanya dengan waktu pemulihan. Hentikan dulu program-program tempat layanan.</translation>
    </message>
    <message>
        <source>restore: the backup file name is empty</source>
        <translation>restore: nama berkas cadangan kosong</translation>
    </message>
    <message>
        <source>restore: %1 is not a database file; a PostgreSQL hall is restored with its own tools (pg_restore)</source>
        <translation>restore: %1 bukan berkas basis data; tempat layanan PostgreSQL dipulihkan dengan alatnya sendiri (pg_restore)</translation>
    </message>
    <message>
        <source>restore: backup file not found: %1</source>
        <translation>restore: berkas cadangan tidak ditemukan: %1</translation>
    </message>
    <message>
        <source>restore: %1 is the hall database itself</source>
        <translation>restore: %1 adalah basis data tempat layanan itu sendiri</translation>
    </message>
    <message>
        <source>restore: cannot copy %1 to %2</source>
        <translation>restore: %1 tidak dapat disalin ke %2</translation>
    </message>
    <message>
        <source>restore: cannot copy %1</source>
        <translation>restore: %1 tidak dapat disalin</translation>
    </message>
    <message>
        <source>restore: %1 is refused, nothing was changed: %2</source>
        <translation>restore: %1 ditolak, tidak ada yang diubah: %2</translation>
    </message>
    <message>
        <source>restored %1 from %2; the previous database is kept as %3
</source>
        <translation>%1 dipulihkan dari %2; basis data sebelumnya disimpan sebagai %3
</translation>
    </message>
    <message>
        <source>restored %1 from %2
</source>
        <translation>%1 dipulihkan dari %2
</translation>
    </message>
    <message>
        <source>it does not pass antre check (%1)</source>
        <translation>tidak lolos antre check (%1)</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not one of %3</source>
        <translation>--%1: &quot;%2&quot; bukan salah satu dari %3</translation>
    </message>
    <message>
        <source>Records a complaint (pengaduan) and prints its reference, lists complaints, or moves one on at the desk: diterima, diverifikasi, ditindaklanjuti, dijawab, selesai, or ditolak with a reason.</source>
        <translation>Mencatat pengaduan dan menampilkan nomor rujukannya, menampilkan daftar pengaduan, atau memajukan pengaduan di meja layanan: diterima, diverifikasi, ditindaklanjuti, dijawab, selesai, atau ditolak dengan alasan.</translation>
    </message>
    <message>
        <source>add: %1</source>
        <translation>add: %1</translation>
    </message>
    <message>
        <source>add: what the citizen says</source>
        <translation>add: isi pengaduan warga</translation>
    </message>
    <message>
        <source>add: the service it is about (code)</source>
        <translation>add: layanan yang diadukan (kode)</translation>
    </message>
    <message>
        <source>add: the citizen&apos;s ticket of the last 7 days</source>
        <translation>add: tiket warga dari 7 hari terakhir</translation>
    </message>
    <message>
        <source>add: the SP4N-LAPOR! tracking number (channel lapor)</source>
        <translation>add: nomor pelacakan SP4N-LAPOR! (saluran lapor)</translation>
    </message>
    <message>
        <source>add: how to reach the citizen for the answer</source>
        <translation>add: cara menghubungi warga untuk jawabannya</translation>
    </message>
    <message>
        <source>add, update: %1</source>
        <translation>add, update: %1</translation>
    </message>
    <message>
        <source>list, update: %1</source>
        <translation>list, update: %1</translation>
    </message>
    <message>
        <source>list: only those past their due day without an answer</source>
        <translation>list: hanya yang lewat tenggat tanpa jawaban</translation>
    </message>
    <message>
        <source>update: a note; the reason when the status is ditolak</source>
        <translation>update: catatan; alasan bila statusnya ditolak</translation>
    </message>
    <message>
        <source>update: the officer who follows it up (staff ID)</source>
        <translation>update: petugas yang menindaklanjuti (ID petugas)</translation>
    </message>
    <message>
        <source>update: the answer given to the citizen (status dijawab)</source>
        <translation>update: jawaban yang diberikan kepada warga (status dijawab)</translation>
    </message>
    <message>
        <source>list: text (json with --json), csv or json</source>
        <translation>list: text (json dengan --json), csv, atau json</translation>
    </message>
    <message>
        <source>usage: antre complaint add --channel C --category C --text T | complaint list | complaint update REF --status S</source>
        <translation>penggunaan: antre complaint add --channel C --category C --text T | complaint list | complaint update REF --status S</translation>
    </message>
    <message>
        <source>complaint add: --%1 is required</source>
        <translation>complaint add: --%1 wajib diisi</translation>
    </message>
    <message>
        <source>complaint add: --lapor-id is required with --channel lapor</source>
        <translation>complaint add: --lapor-id wajib diisi untuk --channel lapor</translation>
    </message>
    <message>
        <source>complaint update: --status is required</source>
        <translation>complaint update: --status wajib diisi</translation>
    </message>
    <message>
        <source>ikm: per service, agency, counter or officer</source>
        <translation>ikm: per layanan, instansi, loket, atau petugas</translation>
    </message>
    <message>
        <source>report ikm takes --date or --from and --to, not both</source>
        <translation>report ikm menerima --date atau --from dan --to, tidak keduanya</translation>
    </message>
    <message>
        <source>--by: &quot;%1&quot; is not service, agency, counter or staff</source>
        <translation>--by: &quot;%1&quot; bukan service, agency, counter, atau staff</translation>
    </message>
    <message>
        <source>Records a satisfaction survey (SKM) response for a served ticket of the last 7 days, or imports paper forms from a CSV file (all or nothing).</source>
        <translation>Mencatat jawaban survei kepuasan masyarakat (SKM) untuk tiket yang sudah dilayani dalam 7 hari terakhir, atau mengimpor formulir kertas dari berkas CSV (semua atau tidak sama sekali).</translation>
    </message>
    <message>
        <source>add: the ticket of the visit rated</source>
        <translation>add: tiket kunjungan yang dinilai</translation>
    </message>
    <message>
        <source>add: the ticket&apos;s day (today)</source>
        <translation>add: tanggal tiket (hari ini)</translation>
    </message>
    <message>
        <source>add: the nine elements&apos; scores, in any order</source>
        <translation>add: nilai kesembilan unsur, dalam urutan apa pun</translation>
    </message>
    <message>
        <source>add: the citizen&apos;s suggestion</source>
        <translation>add: saran dari warga</translation>
    </message>
    <message>
        <source>usage: antre survey add --ticket A-001 --answers … | antre survey import FILE.csv</source>
        <translation>penggunaan: antre survey add --ticket A-001 --answers … | antre survey import FILE.csv</translation>
    </message>
    <message>
        <source>survey add needs --ticket and --answers</source>
        <translation>survey add memerlukan --ticket dan --answers</translation>
    </message>
    <message>
        <source>--ticket: &quot;%1&quot; is not a ticket number like A-001</source>
        <translation>--ticket: &quot;%1&quot; bukan nomor tiket seperti A-001</translation>
    </message>
    <message>
        <source>recorded the survey of %1 (%2)
</source>
        <translation>survei %1 (%2) dicatat
</translation>
    </message>
    <message numerus="yes">
        <source>imported %n survey response(s) from %1
</source>
        <translation>
            <numerusform>%n jawaban survei diimpor dari %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>Moves a hall into another database (a SQLite file onto a PostgreSQL server, or back) with its whole history, and verifies the copy (antre check, audit verify, every table&apos;s rows) before saying done. The source is not changed.</source>
        <translation>Memindahkan aula ke basis data lain (berkas SQLite ke server PostgreSQL, atau sebaliknya) beserta seluruh riwayatnya, dan memeriksa salinannya (antre check, audit verify, baris setiap tabel) sebelum menyatakan selesai. Sumbernya tidak diubah.</translation>
    </message>
    <message>
        <source>the hall to copy (a file, or a PostgreSQL location)</source>
        <translation>aula yang disalin (berkas, atau lokasi PostgreSQL)</translation>
    </message>
    <message>
        <source>the database to copy it into; it must be empty</source>
        <translation>basis data tujuan salinan; harus kosong</translation>
    </message>
    <message>
        <source>empty a target that is not empty first (its data is lost)</source>
        <translation>kosongkan dulu tujuan yang tidak kosong (datanya hilang)</translation>
    </message>
    <message>
        <source>migrate: give both --from and --to</source>
        <translation>migrate: berikan --from dan --to</translation>
    </message>
    <message>
        <source>%1 %2 rows
</source>
        <translation>%1 %2 baris
</translation>
    </message>
    <message>
        <source>moved %1 to %2: %3 tables, %4 rows; the audit chain (%5 events), antre check and every table&apos;s rows verified
</source>
        <translation>%1 dipindahkan ke %2: %3 tabel, %4 baris; rantai audit (%5 peristiwa), antre check dan baris setiap tabel sudah diperiksa
</translation>
    </message>
    <message>
        <source>On a PostgreSQL hall: creates the schema and the group roles antre_display, antre_kiosk, antre_counter, antre_supervisor and antre_admin, each with only the rights its devices need. Run it as the database&apos;s owner, again after each upgrade.</source>
        <translation>Pada aula PostgreSQL: membuat skema dan peran kelompok antre_display, antre_kiosk, antre_counter, antre_supervisor, dan antre_admin, masing-masing hanya dengan hak yang diperlukan perangkatnya. Jalankan sebagai pemilik basis data, dan ulangi setelah setiap pemutakhiran.</translation>
    </message>
    <message>
        <source>roles ready on %1: %2
</source>
        <translation>peran siap pada %1: %2
</translation>
    </message>
    <message>
        <source>give each device its own login in one of them, for instance:
  CREATE ROLE kiosk1 LOGIN PASSWORD &apos;…&apos; IN ROLE antre_kiosk;
</source>
        <translation>beri setiap perangkat login sendiri dalam salah satunya, misalnya:
  CREATE ROLE kiosk1 LOGIN PASSWORD &apos;…&apos; IN ROLE antre_kiosk;
</translation>
    </message>
    <message>
        <source>Creates the demo hall (MPP Kota Serang) in a new database, with simulated days before today and, with --morning, today from opening until now (ANTRE_NOW), played through the real queue engine with a fixed seed. With --live, plays a day of an existing demo hall as it happens, at the wall clock&apos;s pace or N times faster, until the hall closes or Ctrl+C.</source>
        <translation>Membuat tempat layanan demo (MPP Kota Serang) di basis data baru, dengan hari-hari simulasi sebelum hari ini dan, dengan --morning, hari ini sejak buka sampai sekarang (ANTRE_NOW), dijalankan melalui mesin antrean yang sebenarnya dengan benih acak tetap. Dengan --live, memainkan satu hari tempat layanan demo yang sudah ada secara langsung, secepat jam dinding atau N kali lebih cepat, sampai tempat layanan tutup atau Ctrl+C.</translation>
    </message>
    <message>
        <source>play the day live in the existing hall, for the screens to watch</source>
        <translation>mainkan hari itu secara langsung di tempat layanan yang sudah ada, untuk ditonton di layar-layar</translation>
    </message>
    <message>
        <source>with --live: N simulated seconds per second, 1 to 3600 (1)</source>
        <translation>dengan --live: N detik simulasi per detik, 1 sampai 3600 (1)</translation>
    </message>
    <message>
        <source>with --live: the day to play from its opening (today, from now)</source>
        <translation>dengan --live: hari yang dimainkan sejak jam bukanya (hari ini, mulai sekarang)</translation>
    </message>
    <message>
        <source>with --live: stop after this long, e.g. 90s, 10m, 2h</source>
        <translation>dengan --live: berhenti setelah selama ini, mis. 90s, 10m, 2h</translation>
    </message>
    <message>
        <source>Creates the database and sets up the hall from a configuration file (without one, says how else to begin: the demo hall or the supervisor&apos;s first-run wizard).</source>
        <translation>Membuat basis data dan menyiapkan tempat layanan dari berkas konfigurasi (tanpa berkas, menjelaskan cara lain untuk memulai: tempat layanan demo atau panduan penyiapan awal di program penyelia).</translation>
    </message>
    <message>
        <source>antre init needs the hall&apos;s configuration. To set up a hall, do one of:
  antre demo                    the demo hall (MPP Kota Serang), to try Antre out
  antre init --config FILE      a hall from its configuration file (JSON); on a hall already made: antre config import FILE
  antre-supervisor              the first-run wizard: the hall, its first service and booth, the first administrator</source>
        <translation>antre init memerlukan konfigurasi tempat layanan. Untuk menyiapkan tempat layanan, pilih salah satu:
  antre demo                    tempat layanan demo (MPP Kota Serang), untuk mencoba Antre
  antre init --config FILE      tempat layanan dari berkas konfigurasinya (JSON); untuk tempat layanan yang sudah dibuat: antre config import FILE
  antre-supervisor              panduan penyiapan awal: tempat layanan, layanan dan loket pertama, administrator pertama</translation>
    </message>
    <message>
        <source>--speed: &quot;%1&quot; is not a number from 1 to 3600</source>
        <translation>--speed: &quot;%1&quot; bukan angka dari 1 sampai 3600</translation>
    </message>
    <message>
        <source>--day: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--day: &quot;%1&quot; bukan tanggal (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--for: &quot;%1&quot; is not a duration such as 90s, 10m or 2h</source>
        <translation>--for: &quot;%1&quot; bukan durasi seperti 90s, 10m, atau 2h</translation>
    </message>
    <message>
        <source>the hall is closed on %1 at that time; choose an opening day with --day</source>
        <translation>tempat layanan tutup pada %1 di jam itu; pilih hari buka dengan --day</translation>
    </message>
    <message>
        <source>live demo of %1 from %2 at %3x speed until %4 (Ctrl+C stops); the screens show this time with ANTRE_NOW=%5
</source>
        <translation>demo langsung %1 mulai %2 dengan kecepatan %3x sampai %4 (Ctrl+C menghentikan); layar menampilkan waktu ini dengan ANTRE_NOW=%5
</translation>
    </message>
    <message>
        <source>live demo stopped at %1: %2 booths open, %3 tickets, %4 served
</source>
        <translation>demo langsung berhenti pukul %1: %2 loket buka, %3 tiket, %4 dilayani
</translation>
    </message>
    <message>
        <source>report ombudsman needs --out FILE.pdf</source>
        <translation>report ombudsman memerlukan --out BERKAS.pdf</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>menulis %1</translation>
    </message>
    <message>
        <source>%1 not written: the PDF needs the build with the GUI (the CSV files are written)</source>
        <translation>%1 tidak ditulis: PDF memerlukan build dengan GUI (berkas CSV sudah ditulis)</translation>
    </message>
    <message>
        <source>Prints the report of a day (today unless --date) or of a range of days: tickets, waits, service times and outcomes per service, counter and officer; the complaints, the satisfaction index (IKM), and the Ombudsman&apos;s compliance report (PDF and CSV files).</source>
        <translation>Mencetak laporan satu hari (hari ini kecuali --date) atau rentang hari: tiket, waktu tunggu, waktu layanan, dan hasil per layanan, loket, dan petugas; pengaduan, indeks kepuasan (IKM), dan laporan kepatuhan untuk Ombudsman (berkas PDF dan CSV).</translation>
    </message>
    <message>
        <source>ombudsman: the PDF to write; its CSV files go beside it (FILE-visitors.csv, …)</source>
        <translation>ombudsman: PDF yang ditulis; berkas CSV-nya di sebelahnya (BERKAS-visitors.csv, …)</translation>
    </message>
    <message>
        <source>usage: antre [--db FILE] [--json] [--lang en|id] COMMAND ...</source>
        <translation>penggunaan: antre [--db FILE] [--json] [--lang en|id] COMMAND ...</translation>
    </message>
    <message>
        <source>antre COMMAND --help shows a command&apos;s options.
The database is --db (a file, postgresql://HOST/DB or service=NAME), else $ANTRE_DB, else %1.
ANTRE_NOW (ISO 8601 with offset) sets the clock for drills and tests.
Exit codes: 0 done, 1 error, 2 bad input, 3 nothing to do, 4 refused by a rule.
</source>
        <translation>antre COMMAND --help menampilkan opsi sebuah perintah.
Basis data: --db (berkas, postgresql://HOST/DB atau service=NAMA); jika tidak ada, $ANTRE_DB; jika tidak ada juga, %1.
ANTRE_NOW (ISO 8601 dengan offset) mengatur jam untuk latihan dan pengujian.
Kode keluar: 0 selesai, 1 galat, 2 masukan salah, 3 tidak ada yang dikerjakan, 4 ditolak oleh aturan.
</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database to a new file, safe while the hall runs; an existing file is never overwritten. With --record, writes nothing but records a backup&apos;s outcome in the hall, for the supervisor&apos;s dashboard.</source>
        <translation>Menulis salinan basis data yang konsisten ke berkas baru, aman selagi layanan berjalan; berkas yang sudah ada tidak pernah ditimpa. Dengan --record, tidak menulis salinan tetapi mencatat hasil suatu pencadangan di tempat layanan, untuk dasbor supervisor.</translation>
    </message>
    <message>
        <source>record that the backup FILE was made and checked, or that a backup failed and why (the nightly backup script does this)</source>
        <translation>catat bahwa cadangan FILE sudah dibuat dan diperiksa, atau bahwa pencadangan gagal beserta alasannya (dilakukan oleh skrip pencadangan malam)</translation>
    </message>
    <message>
        <source>backup: --record takes ok or failed, not %1</source>
        <translation>backup: --record menerima ok atau failed, bukan %1</translation>
    </message>
    <message>
        <source>backup: the reason of the failure is empty</source>
        <translation>backup: alasan kegagalan kosong</translation>
    </message>
    <message>
        <source>recorded: backup %1 made and checked
</source>
        <translation>tercatat: cadangan %1 dibuat dan diperiksa
</translation>
    </message>
    <message>
        <source>recorded: backup failed: %1
</source>
        <translation>tercatat: pencadangan gagal: %1
</translation>
    </message>
    <message>
        <source>add: the ticket&apos;s day, for an older ticket (the newest such ticket of the last 7 days)</source>
        <translation>add: hari tiket itu, untuk tiket yang lebih lama (bawaan: tiket bernomor itu yang terbaru dari 7 hari terakhir)</translation>
    </message>
    <message>
        <source>complaint add: --date is the ticket&apos;s day; give --ticket too</source>
        <translation>complaint add: --date adalah hari tiket; berikan juga --ticket</translation>
    </message>
</context>
</TS>
