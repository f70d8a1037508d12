<#
.SYNOPSIS
    Collects a live WSUS hierarchy into a WSUS Topology Editor plan file, changing nothing.

.DESCRIPTION
    Run it on a WSUS server, usually the root, as a WSUS administrator. It reads the servers
    registered below that server and, for every server it can reach, its Update Source, proxy,
    language and schedule settings, and writes one topology file (*.wsus.json, UTF-8 without a
    byte order mark) that the editor opens like any plan and that 'wsus-topology diff PLAN FILE'
    compares with a plan.

    It only reads: it never saves a configuration, deletes a server or runs a synchronization.
    It uses the administration API alone, so it runs on every WSUS version, 3.0 SP2 included.

    Every server is reached on its own port and protocol, so a hierarchy where some servers
    require SSL and others do not is read in one run: a server's port and SSL are learned from
    how the servers below it connect to it (their upstream settings), else taken from
    -PortOverrides, else tried over SSL first and then plain HTTP on the default ports. The
    summary says how each server was reached. A server it cannot reach is written with what its
    upstream knows about it and marked "reachable": false with the error. Each read has its own
    try: a failing status call keeps the configuration. What it could not read is listed in
    "observed.unread" (always "ports.requireSsl": the API does not expose IIS's Require SSL), so
    diff does not compare it, instead of a made-up value.

    Facts it relies on (Microsoft.UpdateServices.Administration; page ids of the API reference,
    as WSUS-API.md gives them):
    - [Reflection.Assembly]::LoadWithPartialName('Microsoft.UpdateServices.Administration') loads
      the API on every version; AdminProxy.GetUpdateServer() is the local server (ms745830) and
      GetUpdateServer(name, useSsl, port) any other (aa349325); both throw (a WebException) when
      the server cannot be contacted. They connect as the current Windows user.
    - WSUS 6.x and 10.0 listen on 8530 (HTTP) and 8531 (HTTPS) by default, WSUS 3.0 SP2 on 80 and
      443; a server's own port and SSL are not in its upstream's data.
    - IUpdateServer.GetDownstreamServers() (ms747034) lists every server registered with this
      one: each downstream server reports itself and its descendants upward on every sync
      ([MS-WSUSSS] 3.2.4.5), so from the root it lists every tier that has synchronized once.
      IUpdateServer has Name, PortNumber and Version.
    - IDownstreamServer (aa354295) has exactly FullDomainName, Id (equal to that server's own
      ServerId), ParentServerId (an empty Guid when it syncs directly from the server asked),
      SyncsFromDownstreamServer, IsReplica, Version, LastSyncTime and LastRollupTime (UTC). It
      has no port, SSL, language or schedule: those come only from the server itself.
    - GetConfiguration(): SyncFromMicrosoftUpdate, UpstreamWsusServerName (as typed in the
      console: a short name, an FQDN or an address), UpstreamWsusServerPortNumber,
      UpstreamWsusServerUseSsl, IsReplicaServer, UseProxy, ProxyName, ProxyServerPort,
      AnonymousProxyAccess (false: credentials are used), ProxyUserName, ProxyUserDomain,
      AllowProxyCredentialsOverNonSsl, AllUpdateLanguagesEnabled, GetEnabledUpdateLanguages()
      (lower-case codes), HostBinariesOnMicrosoftUpdate, DownloadUpdateBinariesAsNeeded,
      DownloadExpressPackages, GetContentFromMU and ServerId.
    - GetSubscription(): SynchronizeAutomatically, SynchronizeAutomaticallyTimeOfDay (a TimeSpan
      in UTC), NumberOfSynchronizationsPerDay and GetLastSynchronizationInfo() (EndTime in UTC
      and Result: NeverRun, Succeeded, Failed, Canceled or Unknown).
    - GetStatus(): the client count, most likely ComputerTargetCount (unconfirmed: read only
      when the property exists).

.PARAMETER Server
    The WSUS server to start from. Default: this computer.
.PARAMETER Port
    Its port. Default 8530, or 8531 with -UseSsl.
.PARAMETER UseSsl
    Connect to the starting server over HTTPS.
.PARAMETER OutFile
    The topology file to write. Default: hierarchy.wsus.json in the current folder.
.PARAMETER PortOverrides
    How to reach servers the script cannot work out, by host name (or first label): a port,
    tried over SSL and then plain, or 'PORT/ssl' or 'PORT/http' for exactly that:
    @{ 'wsus-x.contoso.com' = 8531; 'wsus-y' = '443/ssl' }

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

function Get-DefaultPort([string]$versionCode, [bool]$ssl) {
    # WSUS 6.x and 10.0: 8530 / 8531; WSUS 3.0 SP2: 80 / 443
    if ($versionCode -eq '3.0-SP2') { if ($ssl) { return 443 } else { return 80 } }
    if ($ssl) { return 8531 } else { return 8530 }
}

function Get-PortPair([int]$port, [bool]$ssl) {
    # the server's HTTP and HTTPS ports from the one it answered on (HTTPS is HTTP + 1, 80 pairs with 443):
    # only the one it answered on is a fact; the other is marked unread
    if ($ssl) { if ($port -eq 443) { return @(80, 443) } else { return @(($port - 1), $port) } }
    if ($port -eq 80) { return @(80, 443) }
    return @($port, ($port + 1))
}

function Get-FirstLabel([string]$name) { return $name.Split('.')[0].ToLowerInvariant() }

function Get-ErrorText($record) {
    $failure = $record.Exception
    if ($null -ne $failure.InnerException) { $failure = $failure.InnerException }
    return $failure.Message
}

# ---- connecting: the administration API alone, one server at a time

function Connect-Local {
    # LoadWithPartialName works on every version (3.0 SP2 has no UpdateServices module);
    # AdminProxy.GetUpdateServer() is the local server (ms745830)
    [void][Reflection.Assembly]::LoadWithPartialName('Microsoft.UpdateServices.Administration')
    return [Microsoft.UpdateServices.Administration.AdminProxy]::GetUpdateServer()
}

function Connect-Remote([string]$name, [bool]$ssl, [int]$port) {
    # GetUpdateServer(name, useSecureConnection, portNumber) throws when the server cannot be contacted (aa349325)
    [void][Reflection.Assembly]::LoadWithPartialName('Microsoft.UpdateServices.Administration')
    return [Microsoft.UpdateServices.Administration.AdminProxy]::GetUpdateServer($name, $ssl, $port)
}

function Find-Override($entry) {
    # -PortOverrides by host name or first label: a port (SSL tried first), or 'PORT/ssl' / 'PORT/http'
    foreach ($key in $PortOverrides.Keys) {
        if ($key -ieq $entry.Name -or $key -ieq (Get-FirstLabel $entry.Name)) { return [string]$PortOverrides[$key] }
    }
    return $null
}

function Get-Candidates($entry) {
    # the ways to reach a server, best first: -PortOverrides, what its downstreams use, then SSL and plain on the defaults
    $list = New-Object System.Collections.ArrayList
    $override = Find-Override $entry
    if ($override) {
        $parts = $override.Split('/')
        $port = [int]$parts[0]
        if ($parts.Count -gt 1) {
            [void]$list.Add([pscustomobject]@{ Port = $port; Ssl = ($parts[1] -ieq 'ssl'); How = 'given in -PortOverrides' })
        } else {
            [void]$list.Add([pscustomobject]@{ Port = $port; Ssl = $true; How = 'port given in -PortOverrides, over SSL' })
            [void]$list.Add([pscustomobject]@{ Port = $port; Ssl = $false; How = 'port given in -PortOverrides, plain HTTP' })
        }
    }
    foreach ($way in $entry.Learned) { [void]$list.Add($way) }
    $versionCode = Get-VersionCode $entry.Version
    [void]$list.Add([pscustomobject]@{ Port = (Get-DefaultPort $versionCode $true); Ssl = $true; How = 'default SSL port' })
    [void]$list.Add([pscustomobject]@{ Port = (Get-DefaultPort $versionCode $false); Ssl = $false; How = 'default HTTP port' })
    return $list
}

function Connect-Entry($entry) {
    # tries each way in turn; remembers the one that answered, or every failure
    $failures = New-Object System.Collections.ArrayList
    $tried = @{}
    foreach ($way in (Get-Candidates $entry)) {
        $key = '{0}/{1}' -f $way.Port, $way.Ssl
        if ($tried.ContainsKey($key)) { continue }
        $tried[$key] = $true
        try {
            $entry.Connection = Connect-Remote $entry.Name $way.Ssl $way.Port
            $entry.Port = $way.Port
            $entry.Ssl = $way.Ssl
            $entry.How = $way.How
            return
        } catch {
            $protocol = 'HTTP'
            if ($way.Ssl) { $protocol = 'SSL' }
            [void]$failures.Add(('{0} on {1}: {2}' -f $protocol, $way.Port, (Get-ErrorText $_)))
        }
    }
    $entry.Error = $failures -join '; '
}

# ---- reading: each part in its own try, so one failing call keeps what the others read

# the settings (as diff names them) only a server itself can tell; its upstream's list has the others
$configurationSettings = @('updateSource.port', 'updateSource.useSsl', 'proxy.enabled', 'proxy.server', 'proxy.port',
    'proxy.useCredentials', 'proxy.user', 'proxy.domain', 'proxy.allowBasicAuth', 'languages',
    'updateFiles.storeLocally', 'updateFiles.onlyWhenApproved', 'updateFiles.expressFiles', 'updateFiles.fromMicrosoftUpdate')
$scheduleSettings = @('sync.automatic', 'sync.firstSyncUtc', 'sync.perDay')
$notKnownWhenUnreachable = @('ports.http', 'ports.https') + $configurationSettings + $scheduleSettings

function Read-Configuration($entry) {
    # GetConfiguration(): Update Source, proxy and languages; ServerId equals the downstream list's Id
    try { $config = $entry.Connection.GetConfiguration() } catch {
        $entry.Unread += $configurationSettings
        $entry.Problems += ('configuration: ' + (Get-ErrorText $_))
        return
    }
    $entry.ServerId = $config.ServerId
    $entry.Config = $config
    $entry.Read.proxy = [ordered]@{ enabled = [bool]$config.UseProxy; server = [string]$config.ProxyName
        port = [int]$config.ProxyServerPort; useCredentials = (-not $config.AnonymousProxyAccess)
        user = [string]$config.ProxyUserName; domain = [string]$config.ProxyUserDomain
        allowBasicAuth = [bool]$config.AllowProxyCredentialsOverNonSsl }
    # Update Files (ms751933, ms751939, ms751938, aa352974)
    $entry.Read.updateFiles = [ordered]@{ storeLocally = (-not $config.HostBinariesOnMicrosoftUpdate)
        onlyWhenApproved = [bool]$config.DownloadUpdateBinariesAsNeeded; expressFiles = [bool]$config.DownloadExpressPackages
        fromMicrosoftUpdate = [bool]$config.GetContentFromMU }
    try {
        $codes = @(foreach ($code in $config.GetEnabledUpdateLanguages()) { ([string]$code).ToLowerInvariant() })
        $entry.Read.languages = [ordered]@{ all = [bool]$config.AllUpdateLanguagesEnabled; codes = [string[]]$codes }
    } catch {
        $entry.Unread += 'languages'
        $entry.Problems += ('languages: ' + (Get-ErrorText $_))
    }
}

function Add-Learned($entry) {
    # a downstream's UpstreamWsusServerName / PortNumber / UseSsl say how its upstream is reached
    $config = $entry.Config
    if ($null -eq $config -or $config.SyncFromMicrosoftUpdate) { return }
    $upstream = Find-ByName ([string]$config.UpstreamWsusServerName)
    if ($null -eq $upstream) { return }
    $port = [int]$config.UpstreamWsusServerPortNumber
    $ssl = [bool]$config.UpstreamWsusServerUseSsl
    foreach ($way in $upstream.Learned) { if ($way.Port -eq $port -and $way.Ssl -eq $ssl) { return } }
    $protocol = 'plain HTTP'
    if ($ssl) { $protocol = 'SSL' }
    $upstream.Learned += [pscustomobject]@{ Port = $port; Ssl = $ssl; How = ('{0} as {1} connects to it' -f $protocol, $entry.Name) }
}

function Read-Subscription($entry) {
    # GetSubscription(): the schedule (SynchronizeAutomaticallyTimeOfDay is UTC) and GetLastSynchronizationInfo()
    try {
        $subscription = $entry.Connection.GetSubscription()
        $time = $subscription.SynchronizeAutomaticallyTimeOfDay
        $entry.Read.sync = [ordered]@{ automatic = [bool]$subscription.SynchronizeAutomatically
            firstSyncUtc = ('{0:00}:{1:00}' -f $time.Hours, $time.Minutes)
            perDay = [int]$subscription.NumberOfSynchronizationsPerDay }
    } catch {
        $entry.Unread += $scheduleSettings
        $entry.Problems += ('schedule: ' + (Get-ErrorText $_))
        return
    }
    try {
        $last = $subscription.GetLastSynchronizationInfo()
        if ($null -ne $last) {
            $entry.LastSyncUtc = Format-Utc $last.EndTime
            $entry.LastSyncResult = [string]$last.Result
        }
    } catch {
        $entry.Problems += ('last synchronization: ' + (Get-ErrorText $_))
    }
}

function Read-Status($entry) {
    # GetStatus() can time out on a large database: the client count is then unknown, nothing else is lost
    try {
        $status = $entry.Connection.GetStatus()
        if ($status.PSObject.Properties['ComputerTargetCount']) { $entry.Clients = [int]$status.ComputerTargetCount }
    } catch {
        $entry.Problems += ('status: ' + (Get-ErrorText $_))
    }
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

function Get-Depth($entry) {
    # tiers below the starting server, from ParentServerId; servers are read deepest first, so a
    # server's downstreams have told how to reach it before it is read
    $depth = 0
    $at = $entry
    while ($null -ne $at.ParentId -and $depth -lt 64) {
        $at = Find-ByServerId $at.ParentId
        if ($null -eq $at) { break }
        $depth++
    }
    return $depth
}

function New-Entry([string]$name, $serverId, $parentId, [bool]$isReplica, $version, $lastSyncTime) {
    return [pscustomobject]@{ Name = $name; ServerId = $serverId; ParentId = $parentId; IsReplica = $isReplica
        Version = $version; LastSyncUtc = (Format-Utc $lastSyncTime); LastSyncResult = $null; Clients = 0
        Connection = $null; Port = 0; Ssl = $false; How = $null; Error = $null; Config = $null
        Learned = @(); Read = [ordered]@{}; Unread = @('ports.requireSsl'); Problems = @(); Id = $null }
}

# ---- 1. the server to start from

try {
    if ($Server) {
        $origin = Connect-Remote $Server ([bool]$UseSsl) $Port
        $originName = $Server
        $how = 'as given'
    } else {
        $origin = Connect-Local
        $originName = [string]$origin.Name
        try { $originName = [System.Net.Dns]::GetHostEntry($originName).HostName } catch { }
        $Port = [int]$origin.PortNumber
        $how = 'this computer'
    }
} catch {
    Write-Error -Message ('Cannot connect to the WSUS server to start from: {0}. Nothing was written.' -f (Get-ErrorText $_)) -ErrorAction Continue
    exit 1
}

# ---- 2. every server registered below it, as its upstream knows it

$entries = New-Object System.Collections.ArrayList
$first = New-Entry $originName $null $null $false $origin.Version $null
$first.Connection = $origin
$first.Port = $Port
$first.Ssl = [bool]$UseSsl
$first.How = $how
[void]$entries.Add($first)
$downstream = @()
try { $downstream = @($origin.GetDownstreamServers()) } catch {
    Write-Warning ('{0}: the list of downstream servers could not be read ({1}); only this server is collected' -f $originName, (Get-ErrorText $_))
}
foreach ($d in $downstream) {
    # IDownstreamServer: FullDomainName, Id, ParentServerId, IsReplica, Version, LastSyncTime (aa354295)
    $name = [string]$d.FullDomainName
    $isReplica = [bool]$d.IsReplica
    [void]$entries.Add((New-Entry $name $d.Id $d.ParentServerId $isReplica $d.Version $d.LastSyncTime))
}
Write-Host ('{0}: {1} downstream server(s) registered' -f $originName, $downstream.Count)

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
    $e.Id = $id
}

# ---- 3. read every server, deepest first (each on the port and protocol it was found on)

$order = @($entries | Sort-Object -Property @{ Expression = { Get-Depth $_ }; Descending = $true })
foreach ($e in $order) {
    if ($null -eq $e.Connection) { Connect-Entry $e }
    if ($null -eq $e.Connection) { continue }
    Read-Configuration $e
    Add-Learned $e
    Read-Subscription $e
    Read-Status $e
}

# ---- 4. one server object per entry (SPEC section 1)

$servers = New-Object System.Collections.ArrayList
$reachableCount = 0
$failedSyncCount = 0
foreach ($e in $entries) {
    $versionCode = Get-VersionCode $e.Version
    $parent = $null
    if ($null -ne $e.ParentId) { $parent = Find-ByServerId $e.ParentId }
    $reachable = $null -ne $e.Connection
    $entry = [ordered]@{ id = $e.Id; name = $e.Name; wsusVersion = $versionCode; site = ''; clients = $e.Clients }
    $unread = @($e.Unread)
    if ($reachable) {
        $reachableCount++
        $pair = Get-PortPair $e.Port $e.Ssl
        $entry.ports = [ordered]@{ http = $pair[0]; https = $pair[1]; requireSsl = $false }
        if ($e.Ssl) { $unread += 'ports.http' } else { $unread += 'ports.https' }
        $config = $e.Config
        if ($null -ne $config) {
            if ($config.SyncFromMicrosoftUpdate) {
                $entry.updateSource = [ordered]@{ from = 'microsoft-update'; replica = [bool]$config.IsReplicaServer }
            } else {
                # the configured name first; the server it last synchronized with when the name matches no collected server
                $upstream = Find-ByName ([string]$config.UpstreamWsusServerName)
                if ($null -eq $upstream) { $upstream = $parent }
                $upstreamId = ([string]$config.UpstreamWsusServerName -replace '[^A-Za-z0-9._-]', '-')
                if ($null -ne $upstream) { $upstreamId = $upstream.Id }
                $entry.updateSource = [ordered]@{ from = 'upstream'; upstream = $upstreamId
                    port = [int]$config.UpstreamWsusServerPortNumber; useSsl = [bool]$config.UpstreamWsusServerUseSsl
                    replica = [bool]$config.IsReplicaServer }
            }
        }
        foreach ($key in $e.Read.Keys) { $entry[$key] = $e.Read[$key] }
    }
    if (-not $entry.Contains('updateSource')) {
        # not reachable (or its configuration not readable): only what its upstream's list says is known
        $entry.updateSource = [ordered]@{ from = 'upstream'; replica = $e.IsReplica }
        if ($null -ne $parent) { $entry.updateSource.upstream = $parent.Id }
        if ($null -eq $e.ParentId) { $unread += @('updateSource.from', 'updateSource.upstream', 'updateSource.replica') }
    }
    if (-not $reachable) { $unread += $notKnownWhenUnreachable }
    $entry.notes = ''
    $errorText = $e.Error
    if ($reachable -and $e.Problems.Count -gt 0) { $errorText = $e.Problems -join '; ' }
    $entry.observed = [ordered]@{ collectedUtc = $collectedUtc; serverId = [string]$e.ServerId; reachable = $reachable
        lastSyncUtc = $e.LastSyncUtc; lastSyncResult = $e.LastSyncResult; error = $errorText
        unread = [string[]]@($unread | Select-Object -Unique) }
    if ($e.LastSyncResult -eq 'Failed') { $failedSyncCount++ }
    [void]$servers.Add($entry)

    if ($reachable) {
        $protocol = 'HTTP'
        if ($e.Ssl) { $protocol = 'SSL' }
        Write-Host ('{0,-40} {1,-8} reached over {2} on {3} ({4}); last sync {5} {6}' -f $e.Name, $versionCode, $protocol, $e.Port,
            $e.How, $e.LastSyncResult, $e.LastSyncUtc)
        foreach ($problem in $e.Problems) { Write-Warning ('{0}: not read: {1}' -f $e.Name, $problem) }
    } else {
        Write-Warning ('{0}: not reachable ({1}); written with what its upstream knows' -f $e.Name, $e.Error)
    }
}

# ---- 5. the topology file, UTF-8 without a byte order mark

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
