<#
.SYNOPSIS
    Collects a live WSUS hierarchy into a WSUS Topology Editor plan file, changing nothing.

.DESCRIPTION
    Run it on a WSUS server where the UpdateServices module is installed, usually the root.
    It reads the servers registered below that server and, for every server it can reach, its
    Update Source, proxy, language and schedule settings, and writes one topology file
    (*.wsus.json, UTF-8 without a byte order mark) that the editor opens like any plan and that
    'wsus-topology diff PLAN FILE' compares with a plan.

    It only reads: it never saves a configuration, deletes a server or runs a synchronization.
    A server it cannot reach is written with what its upstream knows about it and marked
    "reachable": false with the error; the script goes on with the next one.

    Facts it relies on (Microsoft.UpdateServices.Administration; page ids of the API reference):
    - Get-WsusServer without parameters connects to the local server; for a remote server
      -PortNumber is mandatory. AdminProxy.GetUpdateServer(name, useSsl, port) (aa349325)
      connects to any other server and throws when it cannot be contacted.
    - WSUS 6.x and 10.0 listen on 8530 (HTTP) and 8531 (HTTPS) by default, WSUS 3.0 SP2 on 80 and
      443; a server's own port is not in its upstream's data (hence -PortOverrides).
    - IUpdateServer.GetDownstreamServers() (ms747034) lists every server registered with this
      one: each downstream server reports itself and its descendants upward on every sync
      ([MS-WSUSSS] 3.2.4.5), so from the root it lists every tier that has synchronized once.
    - IDownstreamServer (aa354295) has exactly FullDomainName, Id (equal to that server's own
      ServerId), ParentServerId (an empty Guid when it syncs directly from the server asked),
      SyncsFromDownstreamServer, IsReplica, Version, LastSyncTime and LastRollupTime (UTC). It
      has no port, SSL, language or schedule: those come only from the server itself.
    - GetConfiguration(): SyncFromMicrosoftUpdate, UpstreamWsusServerName (as typed in the
      console: a short name, an FQDN or an address), UpstreamWsusServerPortNumber,
      UpstreamWsusServerUseSsl, IsReplicaServer, UseProxy, ProxyName, ProxyServerPort,
      AnonymousProxyAccess (false: credentials are used), ProxyUserName, ProxyUserDomain,
      AllowProxyCredentialsOverNonSsl, AllUpdateLanguagesEnabled, GetEnabledUpdateLanguages()
      (lower-case codes) and ServerId.
    - GetSubscription(): SynchronizeAutomatically, SynchronizeAutomaticallyTimeOfDay (a TimeSpan
      in UTC), NumberOfSynchronizationsPerDay and GetLastSynchronizationInfo() (EndTime in UTC
      and Result: NeverRun, Succeeded, Failed, Canceled or Unknown).
    - GetStatus(): the client count, most likely ComputerTargetCount (unconfirmed: read only
      when the property exists, 0 otherwise).

.PARAMETER Server
    The WSUS server to start from. Default: this computer.
.PARAMETER Port
    Its port. Default 8530, or 8531 with -UseSsl.
.PARAMETER UseSsl
    Connect to the starting server, and by default to every other server, over HTTPS.
.PARAMETER OutFile
    The topology file to write. Default: hierarchy.wsus.json in the current folder.
.PARAMETER PortOverrides
    Ports of servers that do not listen on the default port, by host name:
    @{ 'wsus-x.contoso.com' = 8531 }

.EXAMPLE
    .\Get-WsusHierarchy.ps1 -OutFile C:\Temp\contoso.wsus.json
#>
[CmdletBinding()]
param(
    [string]$Server = '',
    [int]$Port = 8530,
    [switch]$UseSsl,
    [string]$OutFile = 'hierarchy.wsus.json',
    [hashtable]$PortOverrides = @{}
)

$ErrorActionPreference = 'Stop'
Import-Module UpdateServices

$invariant = [System.Globalization.CultureInfo]::InvariantCulture
$collectedUtc = [DateTime]::UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", $invariant)
if ($UseSsl -and -not $PSBoundParameters.ContainsKey('Port')) { $Port = 8531 }

# ---- helpers that only format what was read

function Format-Utc($time) {
    # LastSyncTime, LastRollupTime and EndTime are UTC; DateTime.MinValue means never
    if ($null -eq $time -or $time -eq [DateTime]::MinValue) { return $null }
    return [DateTime]::SpecifyKind($time, [DateTimeKind]::Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", $invariant)
}

function Get-VersionCode($version) {
    # WSUS 3.0 SP2 is 3.2.x, Server 2012 6.2.x, Server 2012 R2 6.3.x, Server 2016 and later 10.0.x
    if ($null -eq $version) { return '10.0' }
    if ($version.Major -eq 3) { return '3.0-SP2' }
    if ($version.Major -eq 6 -and $version.Minor -eq 2) { return '6.2' }
    if ($version.Major -eq 6 -and $version.Minor -eq 3) { return '6.3' }
    return '10.0'
}

function Get-DefaultPort($versionCode, [bool]$ssl) {
    if ($versionCode -eq '3.0-SP2') { if ($ssl) { return 443 } else { return 80 } }
    if ($ssl) { return 8531 } else { return 8530 }
}

function Get-PortPair([int]$port, [bool]$ssl) {
    # the server's own HTTP and HTTPS ports, from the one it answered on (HTTPS is HTTP + 1, 80 pairs with 443)
    if ($ssl) {
        if ($port -eq 443) { return @(80, 443) }
        return @(($port - 1), $port)
    }
    if ($port -eq 80) { return @(80, 443) }
    return @($port, ($port + 1))
}

function Get-FirstLabel([string]$name) { return $name.Split('.')[0].ToLowerInvariant() }

# ---- 1. the server to start from

if ($Server) {
    $origin = Get-WsusServer -Name $Server -PortNumber $Port -UseSsl:$UseSsl
    $originName = $Server
} else {
    $origin = Get-WsusServer
    $originName = [string]$origin.Name
    try { $originName = [System.Net.Dns]::GetHostEntry($originName).HostName } catch { }
    $Port = [int]$origin.PortNumber
}

# ---- 2. every server registered below it

$downstream = @($origin.GetDownstreamServers())
Write-Host ('{0}: {1} downstream server(s) registered' -f $originName, $downstream.Count)

# ---- 3. one entry per server: what its upstream knows, then what it says itself

$entries = New-Object System.Collections.ArrayList
$originConfig = $origin.GetConfiguration()
[void]$entries.Add([pscustomobject]@{
    Name = $originName; ServerId = $originConfig.ServerId; ParentId = $null
    IsReplica = $originConfig.IsReplicaServer; Version = $origin.Version; LastSyncTime = $null
    Port = $Port; Ssl = [bool]$UseSsl; Connection = $origin; Error = $null })
foreach ($d in $downstream) {
    [void]$entries.Add([pscustomobject]@{
        Name = [string]$d.FullDomainName; ServerId = $d.Id; ParentId = $d.ParentServerId
        IsReplica = $d.IsReplica; Version = $d.Version; LastSyncTime = $d.LastSyncTime
        Port = 0; Ssl = [bool]$UseSsl; Connection = $null; Error = $null })
}

# ids from host names: the first label, or the whole name when two servers share a first label
$labelCount = @{}
foreach ($e in $entries) { $labelCount[(Get-FirstLabel $e.Name)] = 1 + [int]$labelCount[(Get-FirstLabel $e.Name)] }
$usedIds = @{}
foreach ($e in $entries) {
    $base = Get-FirstLabel $e.Name
    if ($labelCount[$base] -gt 1) { $base = $e.Name.ToLowerInvariant() }
    $base = ($base -replace '[^a-z0-9._-]', '-')
    if ($base.Length -gt 60) { $base = $base.Substring(0, 60) }
    if ($base.Length -eq 0) { $base = 'server' }
    $id = $base
    $n = 2
    while ($usedIds.ContainsKey($id)) { $id = '{0}-{1}' -f $base, $n; $n++ }
    $usedIds[$id] = $true
    $e | Add-Member -NotePropertyName Id -NotePropertyValue $id
}

function Find-ByName([string]$name) {
    # the upstream name as typed in the console: an FQDN, or a short name that is the first label of one server
    if (-not $name) { return $null }
    foreach ($e in $entries) { if ($e.Name -ieq $name) { return $e } }
    if ($name.Contains('.')) { return $null }
    $found = @($entries | Where-Object { (Get-FirstLabel $_.Name) -ieq $name })
    if ($found.Count -eq 1) { return $found[0] }
    return $null
}

function Find-ByServerId($guid) {
    # an empty ParentServerId means the server syncs directly from the server that was asked
    if ($null -eq $guid -or $guid -eq [Guid]::Empty) { return $entries[0] }
    foreach ($e in $entries) { if ($e.ServerId -eq $guid) { return $e } }
    return $null
}

$servers = New-Object System.Collections.ArrayList
$reachableCount = 0
$failedSyncCount = 0
foreach ($e in $entries) {
    $versionCode = Get-VersionCode $e.Version
    $parent = $null
    if ($null -ne $e.ParentId) { $parent = Find-ByServerId $e.ParentId }
    $observed = [ordered]@{ collectedUtc = $collectedUtc; serverId = [string]$e.ServerId; reachable = $false
        lastSyncUtc = (Format-Utc $e.LastSyncTime); lastSyncResult = $null; error = $null }
    $entry = [ordered]@{ id = $e.Id; name = $e.Name; wsusVersion = $versionCode; site = ''; clients = 0 }
    $read = [ordered]@{}
    try {
        if ($null -eq $e.Connection) {
            $e.Port = Get-DefaultPort $versionCode $e.Ssl
            foreach ($key in $PortOverrides.Keys) {
                if ($key -ieq $e.Name -or $key -ieq (Get-FirstLabel $e.Name)) { $e.Port = [int]$PortOverrides[$key] }
            }
            $e.Connection = [Microsoft.UpdateServices.Administration.AdminProxy]::GetUpdateServer($e.Name, $e.Ssl, $e.Port)
        }
        $wsus = $e.Connection
        $config = $wsus.GetConfiguration()
        $subscription = $wsus.GetSubscription()
        $status = $wsus.GetStatus()
        if ($status.PSObject.Properties['ComputerTargetCount']) { $entry.clients = [int]$status.ComputerTargetCount }
        $pair = Get-PortPair $e.Port $e.Ssl
        $read.ports = [ordered]@{ http = $pair[0]; https = $pair[1]; requireSsl = $false }
        if ($config.SyncFromMicrosoftUpdate) {
            $read.updateSource = [ordered]@{ from = 'microsoft-update' }
            if ($config.IsReplicaServer) { $read.updateSource.replica = $true }
        } else {
            # the configured name first; the server it last synchronized with when the name matches no collected server
            $upstream = Find-ByName ([string]$config.UpstreamWsusServerName)
            if ($null -eq $upstream) { $upstream = $parent }
            $upstreamId = ([string]$config.UpstreamWsusServerName -replace '[^A-Za-z0-9._-]', '-')
            if ($null -ne $upstream) { $upstreamId = $upstream.Id }
            $read.updateSource = [ordered]@{ from = 'upstream'; upstream = $upstreamId
                port = [int]$config.UpstreamWsusServerPortNumber; useSsl = [bool]$config.UpstreamWsusServerUseSsl
                replica = [bool]$config.IsReplicaServer }
        }
        $read.proxy = [ordered]@{ enabled = [bool]$config.UseProxy; server = [string]$config.ProxyName
            port = [int]$config.ProxyServerPort; useCredentials = (-not $config.AnonymousProxyAccess)
            user = [string]$config.ProxyUserName; domain = [string]$config.ProxyUserDomain
            allowBasicAuth = [bool]$config.AllowProxyCredentialsOverNonSsl }
        $codes = @()
        foreach ($code in $config.GetEnabledUpdateLanguages()) { $codes += ([string]$code).ToLowerInvariant() }
        $read.languages = [ordered]@{ all = [bool]$config.AllUpdateLanguagesEnabled; codes = [string[]]$codes }
        $time = $subscription.SynchronizeAutomaticallyTimeOfDay
        $read.sync = [ordered]@{ automatic = [bool]$subscription.SynchronizeAutomatically
            firstSyncUtc = ('{0:00}:{1:00}' -f $time.Hours, $time.Minutes)
            perDay = [int]$subscription.NumberOfSynchronizationsPerDay }
        $last = $subscription.GetLastSynchronizationInfo()
        $observed.serverId = [string]$config.ServerId
        $observed.reachable = $true
        if ($null -ne $last) {
            $observed.lastSyncUtc = Format-Utc $last.EndTime
            $observed.lastSyncResult = [string]$last.Result
        }
        $reachableCount++
    } catch {
        # not reachable (or not readable): keep what the upstream knows and go on
        $failure = $_.Exception
        if ($null -ne $failure.InnerException) { $failure = $failure.InnerException }
        $observed.reachable = $false
        $observed.error = $failure.Message
        $read = [ordered]@{ updateSource = [ordered]@{ from = 'upstream'; replica = [bool]$e.IsReplica } }
        if ($null -ne $parent) { $read.updateSource.upstream = $parent.Id }
    }
    foreach ($key in $read.Keys) { $entry[$key] = $read[$key] }
    if ($observed.lastSyncResult -eq 'Failed') { $failedSyncCount++ }
    $entry.notes = ''
    $entry.observed = $observed
    [void]$servers.Add($entry)

    $source = 'Microsoft Update'
    if ($entry.Contains('updateSource') -and $entry.updateSource.from -eq 'upstream') { $source = 'upstream ' + $entry.updateSource.upstream }
    if ($observed.reachable) {
        Write-Host ('{0,-40} {1,-8} {2}, last sync {3} {4}' -f $e.Name, $versionCode, $source, $observed.lastSyncResult, $observed.lastSyncUtc)
    } else {
        Write-Warning ('{0}: not reachable on port {1} ({2}); written with what its upstream knows' -f $e.Name, $e.Port, $observed.error)
    }
}

# ---- 4. the topology file (SPEC section 1), UTF-8 without a byte order mark

$document = [ordered]@{
    format = 'wsus-topology'
    formatVersion = 1
    name = ('Collected from {0}' -f $originName)
    description = ('Collected by Get-WsusHierarchy.ps1 on {0} from {1}.' -f $collectedUtc, $originName)
    servers = $servers.ToArray()
}
$json = ConvertTo-Json -InputObject $document -Depth 8
$target = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutFile)
[System.IO.File]::WriteAllText($target, $json, (New-Object System.Text.UTF8Encoding($false)))

$unreachableCount = $servers.Count - $reachableCount
Write-Host ('{0} server(s): {1} reachable, {2} unreachable, {3} with a failed last sync. Written to {4}' -f `
    $servers.Count, $reachableCount, $unreachableCount, $failedSyncCount, $target)
