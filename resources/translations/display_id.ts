<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>DisplayFilter</name>
    <message>
        <source>--agencies: no agency %1 in this hall (agencies: %2)</source>
        <translation>--agencies: tidak ada instansi %1 di tempat layanan ini (instansi yang ada: %2)</translation>
    </message>
    <message>
        <source>--counters: no counter %1 in this hall (counters: %2)</source>
        <translation>--counters: tidak ada loket %1 di tempat layanan ini (loket yang ada: %2)</translation>
    </message>
</context>
<context>
    <name>DisplayOptions</name>
    <message>
        <source>Lobby display: shows and announces the numbers called to the counters.</source>
        <translation>Layar lobi: menampilkan dan mengumumkan nomor antrean yang dipanggil ke loket.</translation>
    </message>
    <message>
        <source>Show only these agencies (codes, comma-separated).</source>
        <translation>Tampilkan hanya instansi ini (kode, dipisahkan koma).</translation>
    </message>
    <message>
        <source>Show only these counters (codes, comma-separated).</source>
        <translation>Tampilkan hanya loket ini (kode, dipisahkan koma).</translation>
    </message>
    <message>
        <source>Do not announce calls.</source>
        <translation>Jangan umumkan panggilan dengan suara.</translation>
    </message>
    <message>
        <source>Read ticket numbers digit by digit (A-012: a nol satu dua).</source>
        <translation>Bacakan nomor antrean angka demi angka (A-012: a nol satu dua).</translation>
    </message>
    <message>
        <source>Announcement voice: auto (default), clips or speech.</source>
        <translation>Suara pengumuman: auto (bawaan), clips (rekaman kata) atau speech (suara sintetis).</translation>
    </message>
    <message>
        <source>Folder of word clips (WAV) for announcements.</source>
        <translation>Folder rekaman kata (WAV) untuk pengumuman.</translation>
    </message>
    <message>
        <source>Image shown beside the hall name.</source>
        <translation>Gambar (logo) di samping nama tempat layanan.</translation>
    </message>
    <message>
        <source>How many earlier calls to list (1-12, default 6).</source>
        <translation>Jumlah panggilan sebelumnya yang ditampilkan (1–12, bawaan 6).</translation>
    </message>
    <message>
        <source>--agencies: give at least one agency code, e.g. --agencies DUKCAPIL,DISNAKER</source>
        <translation>--agencies: sebutkan minimal satu kode instansi, misalnya --agencies DUKCAPIL,DISNAKER</translation>
    </message>
    <message>
        <source>--counters: give at least one counter code, e.g. --counters L1,L2</source>
        <translation>--counters: sebutkan minimal satu kode loket, misalnya --counters L1,L2</translation>
    </message>
    <message>
        <source>--voice: &quot;%1&quot; is not auto, clips or speech</source>
        <translation>--voice: &quot;%1&quot; bukan auto, clips, atau speech</translation>
    </message>
    <message>
        <source>--clips: &quot;%1&quot; is not a folder</source>
        <translation>--clips: &quot;%1&quot; bukan folder</translation>
    </message>
    <message>
        <source>--logo: &quot;%1&quot; is not a file</source>
        <translation>--logo: &quot;%1&quot; bukan berkas</translation>
    </message>
    <message>
        <source>--recent: &quot;%1&quot; is not a number from 1 to 12</source>
        <translation>--recent: &quot;%1&quot; bukan angka dari 1 sampai 12</translation>
    </message>
</context>
<context>
    <name>antre::CallPanel</name>
    <message>
        <source>Latest call</source>
        <translation>Panggilan terbaru</translation>
    </message>
    <message>
        <source>Ticket %1, please go to %2</source>
        <translation>Nomor antrean %1, silakan menuju %2</translation>
    </message>
    <message>
        <source>No calls yet today</source>
        <translation>Belum ada panggilan hari ini</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Nomor antrean</translation>
    </message>
    <message>
        <source>Please go to</source>
        <translation>Silakan menuju</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Panggilan ulang</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
</context>
<context>
    <name>antre::CounterBoard</name>
    <message>
        <source>On break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Dipanggil</translation>
    </message>
    <message>
        <source>Now at the counters</source>
        <translation>Nomor di setiap loket</translation>
    </message>
    <message>
        <source>No counter is open at the moment</source>
        <translation>Belum ada loket yang buka saat ini</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Dilayani</translation>
    </message>
</context>
<context>
    <name>antre::DisplayWindow</name>
    <message>
        <source>Public service hall</source>
        <translation>Mal Pelayanan Publik</translation>
    </message>
    <message>
        <source>Welcome to %1. Take a ticket at the kiosk and wait until your number is called.</source>
        <translation>Selamat datang di %1. Silakan ambil nomor antrean di kios dan tunggu sampai nomor Anda dipanggil.</translation>
    </message>
    <message>
        <source>the public service hall</source>
        <translation>Mal Pelayanan Publik</translation>
    </message>
    <message>
        <source>en_GB</source>
        <extracomment>Locale code whose day and month names the display&apos;s date uses; Indonesian: id_ID.</extracomment>
        <translation>id_ID</translation>
    </message>
    <message>
        <source>Antre — lobby display</source>
        <translation>Antre — layar lobi</translation>
    </message>
    <message>
        <source>Lobby display</source>
        <translation>Layar lobi</translation>
    </message>
    <message>
        <source>Shows which ticket number is called to which counter</source>
        <translation>Menampilkan nomor antrean yang dipanggil dan loket tujuannya</translation>
    </message>
    <message>
        <source>The queue cannot be read: %1 — the board shows the last known state.</source>
        <translation>Data antrean tidak dapat dibaca: %1 — layar menampilkan keadaan terakhir yang diketahui.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>antre::RecentCallsView</name>
    <message>
        <source>Previous calls</source>
        <translation>Panggilan sebelumnya</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ke %2</translation>
    </message>
    <message>
        <source>No earlier calls yet</source>
        <translation>Belum ada panggilan sebelumnya</translation>
    </message>
</context>
<context>
    <name>antre::WaitingBoard</name>
    <message>
        <source>Waiting per service</source>
        <translation>Menunggu per layanan</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n waiting</source>
        <translation>
            <numerusform>%1: %n orang menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is waiting at the moment</source>
        <translation>Saat ini tidak ada yang menunggu</translation>
    </message>
</context>
</TS>
