using FabricSim.Estimate.Queueing;

namespace FabricSim.Estimate.Flows;

/// <summary>An element's aggregate arrivals, the transmission times they bring, and what its queue or policer does with them.</summary>
internal sealed record ElementLoad(double PacketsPerNs, ServiceTime Service, ElementQueue Queue)
{
    public double Rho => PacketsPerNs * Service.Mean;
}
