using System.Runtime.InteropServices;

namespace FabricSim.Reporting.Writing;

/// <summary>
/// Swaps two folders in one step (Linux renameat2 with RENAME_EXCHANGE), so a results folder is replaced without
/// any instant at which it is missing or half old, half new, whenever the process is killed.
/// </summary>
internal static class FolderExchange
{
    private const int CurrentDirectory = -100;
    private const uint Exchange = 2;
    private const int NotImplemented = 38;
    private const int InvalidArgument = 22;
    private const int NotSupported = 95;

    /// <summary>Swaps the two folders; false when the system or file system cannot, so the caller must fall back.</summary>
    public static bool TrySwap(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        int status;
        try
        {
            status = RenameAt2(CurrentDirectory, first, CurrentDirectory, second, Exchange);
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        if (status == 0)
        {
            return true;
        }
        int error = Marshal.GetLastPInvokeError();
        if (error is NotImplemented or InvalidArgument or NotSupported)
        {
            return false;
        }
        throw new IOException($"Cannot swap '{first}' with '{second}': {Marshal.GetPInvokeErrorMessage(error)}");
    }

    // DllImport rather than LibraryImport: the generated marshaller would need unsafe code in the whole project.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int RenameAt2(
        int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
#pragma warning restore SYSLIB1054
}
