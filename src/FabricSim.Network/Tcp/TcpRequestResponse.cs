using FabricSim.Engine.Events;
using FabricSim.Engine.Random;
using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;
using FabricSim.Network.Traffic;

namespace FabricSim.Network.Tcp;

/// <summary>
/// Requests of a fixed size arrive at the client as a Poisson process and go to the server over one TCP connection;
/// the server answers each, once it has the whole request, with a fixed-size response over a second connection. The
/// completion time runs from issuing a request to the last byte of its response arriving, and so includes
/// queueing behind earlier exchanges on the same connections (as with HTTP/1.1 keep-alive).
/// </summary>
internal sealed class TcpRequestResponse : IEndpointApplication, IEventHandler
{
    private readonly Simulator _simulator;
    private readonly RandomStream _random;
    private readonly double _meanGapNs;
    private long[] _issuedAt = new long[64];
    private int _head;
    private int _outstanding;
    private long _requestsAnswered;
    private long _responsesCompleted;
    private long _measureFrom;

    public TcpRequestResponse(string name, Simulator simulator, RandomStream random, TcpConnection requests, TcpConnection responses,
        double requestsPerSecond, int requestBytes, int responseBytes, SimTime start, SimTime stop)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (requestsPerSecond <= 0 || double.IsNaN(requestsPerSecond))
        {
            throw new ArgumentOutOfRangeException(nameof(requestsPerSecond), requestsPerSecond, "The request rate must be positive.");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(requestBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(responseBytes, 1);
        Name = name;
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        _random = random ?? throw new ArgumentNullException(nameof(random));
        Requests = requests ?? throw new ArgumentNullException(nameof(requests));
        Responses = responses ?? throw new ArgumentNullException(nameof(responses));
        if (!ReferenceEquals(requests.Client, responses.Server) || !ReferenceEquals(requests.Server, responses.Client))
        {
            throw new ArgumentException("The response connection must run from the request connection's server back to its client.", nameof(responses));
        }
        RequestBytes = requestBytes;
        ResponseBytes = responseBytes;
        Start = start;
        Stop = stop;
        _meanGapNs = SimTime.NanosPerSecond / requestsPerSecond;
        requests.Receiver.DeliveryListener = new ServerSide(this);
        responses.Receiver.DeliveryListener = new ClientSide(this);
    }

    public string Name { get; }
    public TcpConnection Requests { get; }
    public TcpConnection Responses { get; }
    public int RequestBytes { get; }
    public int ResponseBytes { get; }
    public SimTime Start { get; }
    public SimTime Stop { get; }

    /// <summary>Completion times in nanoseconds of requests issued since the last reset.</summary>
    public LatencyHistogram CompletionTime { get; } = new();
    public RunningStatistics CompletionTimeNanoseconds { get; } = new();
    public long RequestsIssued { get; private set; }

    public void Activate() => _simulator.ScheduleAt(SimTime.Max(Start, _simulator.Now) + NextGap(), this);

    public void ResetStatistics()
    {
        _measureFrom = _simulator.Now.Nanoseconds;
        CompletionTime.Reset();
        CompletionTimeNanoseconds.Reset();
    }

    /// <summary>The next request is due.</summary>
    public void OnEvent(object? payload, long argument)
    {
        SimTime now = _simulator.Now;
        if (now >= Stop)
        {
            return;
        }
        RequestsIssued++;
        Remember(now.Nanoseconds);
        Requests.Sender.Write(RequestBytes);
        SimTime next = now + NextGap();
        if (next < Stop)
        {
            _simulator.ScheduleAt(next, this);
        }
    }

    private SimTime NextGap() => new(Math.Max(1, (long)Math.Round(_random.NextExponential(_meanGapNs))));

    private void Remember(long issuedAt)
    {
        if (_outstanding == _issuedAt.Length)
        {
            var larger = new long[_issuedAt.Length * 2];
            for (int i = 0; i < _outstanding; i++)
            {
                larger[i] = _issuedAt[(_head + i) % _issuedAt.Length];
            }
            _issuedAt = larger;
            _head = 0;
        }
        _issuedAt[(_head + _outstanding) % _issuedAt.Length] = issuedAt;
        _outstanding++;
    }

    private void RequestArrived() => Responses.Sender.Write(ResponseBytes);

    private void ResponseCompleted()
    {
        long issuedAt = _issuedAt[_head];
        _head = (_head + 1) % _issuedAt.Length;
        _outstanding--;
        if (issuedAt >= _measureFrom)
        {
            long elapsed = _simulator.Now.Nanoseconds - issuedAt;
            CompletionTime.Record(elapsed);
            CompletionTimeNanoseconds.Add(elapsed);
        }
    }

    private sealed class ServerSide(TcpRequestResponse app) : ITcpDeliveryListener
    {
        public void Delivered(TcpReceiver receiver, long totalBytesDelivered)
        {
            while ((app._requestsAnswered + 1) * app.RequestBytes <= totalBytesDelivered)
            {
                app._requestsAnswered++;
                app.RequestArrived();
            }
        }
    }

    private sealed class ClientSide(TcpRequestResponse app) : ITcpDeliveryListener
    {
        public void Delivered(TcpReceiver receiver, long totalBytesDelivered)
        {
            while ((app._responsesCompleted + 1) * app.ResponseBytes <= totalBytesDelivered)
            {
                app._responsesCompleted++;
                app.ResponseCompleted();
            }
        }
    }
}
