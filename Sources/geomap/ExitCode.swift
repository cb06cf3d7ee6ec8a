/// geomap's exit codes (sysexits.h where it has one).
enum ExitCode: Int32 {
    case ok = 0
    /// Some input was skipped; everything else was written.
    case someInputFailed = 1
    case usage = 64
    case dataError = 65
    case noInput = 66
    case ioError = 74
}
