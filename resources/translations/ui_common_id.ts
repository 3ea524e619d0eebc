<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>AppContext</name>
    <message>
        <source>Language: id (default) or en.</source>
        <translation>Bahasa: id (bawaan) atau en.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1920x1080 (implies --windowed).</source>
        <translation>Ukuran jendela, mis. 1920x1080 (sekaligus berarti --windowed).</translation>
    </message>
    <message>
        <source>Render once, save a PNG to FILE and exit.</source>
        <translation>Gambar tampilan sekali, simpan sebagai PNG ke FILE, lalu keluar.</translation>
    </message>
    <message>
        <source>Run in a window instead of full screen.</source>
        <translation>Jalankan dalam jendela, bukan layar penuh.</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not id or en</source>
        <translation>--lang: &quot;%1&quot; bukan id atau en</translation>
    </message>
    <message>
        <source>--size: &quot;%1&quot; is not WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>--size: &quot;%1&quot; bukan WIDTHxHEIGHT, mis. 1920x1080</translation>
    </message>
    <message>
        <source>Run in a window in quarter N (1 to 4, left to right, top to bottom) of the screen.</source>
        <translation>Jalankan dalam jendela di seperempat layar ke-N (1 sampai 4, dari kiri ke kanan, dari atas ke bawah).</translation>
    </message>
    <message>
        <source>--tile: &quot;%1&quot; is not a quarter of the screen, 1 to 4</source>
        <translation>--tile: &quot;%1&quot; bukan seperempat layar, 1 sampai 4</translation>
    </message>
    <message>
        <source>The hall&apos;s database: a file, or a PostgreSQL server as postgresql://HOST/DBNAME or service=NAME (default: $ANTRE_DB, else a file in the user&apos;s data folder).</source>
        <translation>Basis data balai: sebuah berkas, atau server PostgreSQL sebagai postgresql://HOST/DBNAME atau service=NAME (bawaan: $ANTRE_DB; jika tidak ada, berkas di folder data pengguna).</translation>
    </message>
</context>
</TS>
