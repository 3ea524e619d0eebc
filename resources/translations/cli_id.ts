<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>usage: antre [--db FILE] [--json] [--lang en|id] COMMAND ...

  init [--config FILE]              create the database (and import a hall configuration)
  demo [--history-days N]           create the demo hall (with N days of simulated history)
  config import FILE | config export
  issue SERVICE [--priority]        issue a ticket; prints its number, e.g. A-001
  counter open|break|resume|close COUNTER [--staff ID] [--reason R]
  call COUNTER | recall COUNTER | serve COUNTER | done COUNTER [--outcome completed|incomplete|referred]
  no-show COUNTER | transfer COUNTER SERVICE | requeue TICKET | cancel TICKET
  status                            waiting per service; each counter&apos;s state and ticket
  report daily [--date YYYY-MM-DD] [--format text|csv|json]
  report range --from YYYY-MM-DD --to YYYY-MM-DD [--format text|csv|json]
  audit verify                      check the hash chain of the audit log
  staff add ID --name N --role officer|supervisor|admin [--counters L1,L2]   (PIN on stdin)
  staff login ID                    (PIN on stdin)
  backup FILE                       consistent copy of the database, safe while the hall runs
  check                             integrity, audit chain and queue invariants

The database is --db, else $ANTRE_DB, else %1.
ANTRE_NOW (ISO 8601 with offset) sets the clock for drills and tests.
Exit codes: 0 done, 1 error, 2 bad input, 3 nothing to do, 4 refused by a rule.
</source>
        <translation>penggunaan: antre [--db FILE] [--json] [--lang en|id] COMMAND ...

  init [--config FILE]              buat basis data (dan impor konfigurasi tempat layanan)
  demo [--history-days N]           buat tempat layanan demo (dengan riwayat simulasi N hari)
  config import FILE | config export
  issue SERVICE [--priority]        terbitkan tiket; menampilkan nomornya, mis. A-001
  counter open|break|resume|close COUNTER [--staff ID] [--reason R]
  call COUNTER | recall COUNTER | serve COUNTER | done COUNTER [--outcome completed|incomplete|referred]
  no-show COUNTER | transfer COUNTER SERVICE | requeue TICKET | cancel TICKET
  status                            jumlah menunggu per layanan; status dan tiket setiap loket
  report daily [--date YYYY-MM-DD] [--format text|csv|json]
  report range --from YYYY-MM-DD --to YYYY-MM-DD [--format text|csv|json]
  audit verify                      periksa rantai hash log audit
  staff add ID --name N --role officer|supervisor|admin [--counters L1,L2]   (PIN dari stdin)
  staff login ID                    (PIN dari stdin)
  backup FILE                       salinan basis data yang konsisten, aman selagi layanan berjalan
  check                             integritas, rantai audit, dan invarian antrean

Basis data: --db; jika tidak ada, $ANTRE_DB; jika tidak ada juga, %1.
ANTRE_NOW (ISO 8601 dengan offset) mengatur jam untuk latihan dan pengujian.
Kode keluar: 0 selesai, 1 galat, 2 masukan salah, 3 tidak ada yang dikerjakan, 4 ditolak oleh aturan.
</translation>
    </message>
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
        <source>Public Service Hall</source>
        <translation>Mal Pelayanan Publik</translation>
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
        <source>the demo hall is missing from this build</source>
        <translation>tempat layanan demo tidak disertakan dalam build ini</translation>
    </message>
    <message>
        <source>--history-days: &quot;%1&quot; is not a number of days from 0 to 366</source>
        <translation>--history-days: &quot;%1&quot; bukan jumlah hari dari 0 sampai 366</translation>
    </message>
    <message>
        <source>%1 is already set up; the demo hall goes into a new database</source>
        <translation>%1 sudah disiapkan; tempat layanan demo harus dibuat di basis data baru</translation>
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
        <source>usage: antre audit verify</source>
        <translation>penggunaan: antre audit verify</translation>
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
        <source>database integrity</source>
        <translation>integritas basis data</translation>
    </message>
    <message>
        <source>audit chain</source>
        <translation>rantai audit</translation>
    </message>
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
        <source>every ticket has its issue event</source>
        <translation>setiap tiket memiliki peristiwa penerbitannya</translation>
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
        <source>report summary triggers in place</source>
        <translation>pemicu ringkasan laporan terpasang</translation>
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
        <source>report summaries match their days&apos; tickets</source>
        <translation>ringkasan laporan sesuai dengan tiket harinya</translation>
    </message>
    <message>
        <source>--db: no database file given (an empty path would mean the default database)</source>
        <translation>--db: berkas basis data tidak diberikan (jalur kosong berarti basis data bawaan)</translation>
    </message>
    <message>
        <source>backup: no backup file given</source>
        <translation>backup: berkas cadangan tidak diberikan</translation>
    </message>
</context>
</TS>
