using FabricSim.Network.Geography;
using FabricSim.Network.Policing;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Access;

/// <summary>
/// A provider-hosted virtual L3 router at a PoP. Its licensed aggregate rate caps the traffic it routes: transit
/// packets pass a token-bucket policer of that rate before forwarding.
/// </summary>
internal sealed class CloudRouter : Node
{
    public CloudRouter(FabricContext context, int id, string name, GeoLocation location, DataRate aggregateRate, long burstBytes)
        : base(context, id, name, NodeKind.CloudRouter, location)
    {
        ArgumentNullException.ThrowIfNull(context);
        AggregateRate = aggregateRate;
        Limiter = new Policer(context.Simulator, context.Ledger, new TokenBucket(aggregateRate, burstBytes, context.Simulator.Now), ForwardingStage);
        TransitConditioner = Limiter;
    }

    public DataRate AggregateRate { get; }
    public Policer Limiter { get; }
}
