#pragma once

// What a Database keeps on its connection's QSqlDriver (shared by the files of core/storage/Database*.cpp;
// nothing outside core/storage reads these).
//
// Corruption is kept on the connection's driver, which every QSqlQuery of the connection reaches: the row
// and statement helpers are static (the queries come from code that holds only a QSqlDatabase), yet a
// damaged page found by any of them must stop the Database's later writes. The driver lives as long as the
// connection and belongs to the same thread.
namespace antre::driver_property {

inline constexpr char kLocation[] = "antreLocation";
inline constexpr char kCorruption[] = "antreCorruption";
// The SQLSTATE of the connection's last failed statement (PostgreSQL): what write() asks to tell a
// serialization failure, worth running again, from a lock held too long.
inline constexpr char kState[] = "antreLastState";
// Set when a statement found the connection gone; cleared when Database::ensureConnected opened it again.
inline constexpr char kLost[] = "antreConnectionLost";
// Counts the reopenings of the connection (see Database::connectionGeneration).
inline constexpr char kGeneration[] = "antreGeneration";

} // namespace antre::driver_property
