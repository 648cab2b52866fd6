package policies

import (
	"embed"
	"io/fs"
)

//go:embed lib inf iso sch tls wi
var sources embed.FS

// Sources returns the embedded policy tree (rules, helpers and their tests).
func Sources() fs.FS { return sources }
