using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Triangulate.Ingest.Sources;

/// <summary>
/// Whether a path is a regular file. .NET reports devices, FIFOs and sockets as ordinary files of
/// length 0, and opening a FIFO blocks until someone writes to it, so on Linux this asks stat(2)
/// for the file type. Elsewhere (or if libc cannot be called) every existing file counts as regular.
/// </summary>
internal static class FileKind
{
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    public static bool IsRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux()) return true;
        // st_mode sits after st_dev, st_ino (and st_nlink on x64) in the kernel's struct stat.
        var offset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 => 16,
            _ => -1,
        };
        if (offset < 0) return true;
        try
        {
            var buffer = new byte[256];
            if (Stat(path, buffer) != 0) return true; // let the open report the real error
            var mode = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(offset));
            return (mode & TypeMask) == RegularFile;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return true;
        }
    }

    [DllImport("libc", EntryPoint = "stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);
}
