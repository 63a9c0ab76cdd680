using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace FabricSim.Engine.Events;

/// <summary>
/// Asks the processor to start loading a value the event list will read soon: with a million events pending, each
/// key, link and target it touches is a cache miss, and starting the next one while the current event runs hides it.
/// A hint only; where SSE is absent it does nothing and the JIT drops the call.
/// </summary>
internal static class CachePrefetch
{
    /// <summary>Whether hints do anything here: callers that must read memory to know what to prefetch skip that work otherwise.</summary>
    public static bool IsAvailable => Sse.IsSupported;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Load<T>(ref T value)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref value));
        }
    }

    /// <summary>
    /// Starts loading the first two cache lines of <paramref name="instance"/>'s fields (a packet's). The address is taken and used at once; should a
    /// collection move the object in between, the hint merely loads the wrong line.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void LoadObject(object instance)
    {
        if (Sse.IsSupported)
        {
            // Seen as a StrongBox, any object exposes the address of its first field.
            byte* fields = (byte*)Unsafe.AsPointer(ref Unsafe.As<StrongBox<byte>>(instance).Value);
            Sse.Prefetch0(fields);
            Sse.Prefetch0(fields + 64);
        }
    }
}
