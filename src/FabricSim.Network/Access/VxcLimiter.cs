using FabricSim.Engine.Time;
using FabricSim.Network.Packets;
using FabricSim.Network.Policing;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Access;

/// <summary>
/// The rate limit of one direction of a VXC: a token bucket at the VXC's rate and burst that polices (drops what
/// does not conform) or shapes (queues it, up to the VXC's shaper queue). Packets that flows hand to the VXC and
/// packets routed over it (BGP across the VXC) pass the same kind of limiter, and every packet it passes or drops is
/// counted on the VXC. Where the customer shapes (<see cref="Vxc.CustomerShaper"/>, at the customer's end only), a
/// shaper at the same rate and burst sits in front of the provider's policer: its output conforms to the policer's
/// bucket, so the excess waits in the customer's queue instead of being dropped by the provider.
/// </summary>
internal sealed class VxcLimiter : IPacketReceiver
{
    private readonly IPacketReceiver _limiter;
    private readonly Policer? _policer;
    private readonly Shaper? _shaper;
    private readonly Shaper? _customerShaper;
    private readonly Conforming _conforming;

    public VxcLimiter(Vxc vxc, FabricContext context, IPacketReceiver downstream, bool customerShaped = false)
    {
        _conforming = new Conforming(downstream);
        var bucket = new TokenBucket(vxc.RateLimit, vxc.BurstBytes, context.Simulator.Now);
        if (vxc.Mode == RateLimitMode.Police)
        {
            _policer = new Policer(context.Simulator, context.Ledger, bucket, _conforming);
            _limiter = _policer;
            if (customerShaped)
            {
                var customerBucket = new TokenBucket(vxc.RateLimit, vxc.BurstBytes, context.Simulator.Now);
                _customerShaper = new Shaper(context.Simulator, context.Ledger, customerBucket, vxc.CustomerShaperQueue, _policer);
                _limiter = _customerShaper;
            }
        }
        else
        {
            _shaper = new Shaper(context.Simulator, context.Ledger, bucket, vxc.ShaperQueue, _conforming);
            _limiter = _shaper;
        }
    }

    private long _passedAtReset;
    private long _bytesAtReset;
    private long _droppedAtReset;

    /// <summary>Counted from the last <see cref="ResetCounters"/>, as link counters are.</summary>
    public long PacketsPassed => TotalPassed - _passedAtReset;
    public long BytesPassed => _conforming.Bytes - _bytesAtReset;
    public long PacketsDropped => TotalDropped - _droppedAtReset;

    /// <summary>Time average of the shaper's queue (the VXC's or the customer's) since the last reset; a policer holds nothing.</summary>
    public double MeanWaitingPackets(SimTime now) => (_shaper ?? _customerShaper)?.QueueLength.Average(now) ?? 0;

    private long TotalPassed => _policer?.PacketsPassed ?? _shaper!.PacketsPassed;
    private long TotalDropped => (_policer?.PacketsDropped ?? 0) + (_shaper?.PacketsDropped ?? 0) + (_customerShaper?.PacketsDropped ?? 0);

    public void Receive(Packet packet) => _limiter.Receive(packet);

    public void ResetCounters(SimTime now)
    {
        _passedAtReset = TotalPassed;
        _bytesAtReset = _conforming.Bytes;
        _droppedAtReset = TotalDropped;
        (_shaper ?? _customerShaper)?.QueueLength.Reset(now);
    }

    /// <summary>Counts the bytes of what conforms on its way out.</summary>
    private sealed class Conforming(IPacketReceiver downstream) : IPacketReceiver
    {
        public long Bytes { get; private set; }

        public void Receive(Packet packet)
        {
            Bytes += packet.FrameBytes;
            downstream.Receive(packet);
        }
    }
}
