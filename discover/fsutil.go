package discover

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// chartFile is the file that makes a folder a Helm chart.
const chartFile = "Chart.yaml"

// hasChart reports whether a folder's entries include a Chart.yaml.
func hasChart(entries []fs.DirEntry) bool {
	for _, e := range entries {
		if e.Name() == chartFile {
			return true
		}
	}
	return false
}

// inTemplates reports whether the folder dir is, or lies below, the
// templates/ folder of a Helm chart. It looks up the tree, so it works for
// paths named by the user as well as for walked ones.
func inTemplates(dir string) bool {
	for {
		if filepath.Base(dir) == "templates" {
			if _, err := os.Stat(filepath.Join(filepath.Dir(dir), chartFile)); err == nil {
				return true
			}
		}
		up := filepath.Dir(dir)
		if up == dir {
			return false
		}
		dir = up
	}
}

// realPath returns abs with every symbolic link resolved, or abs itself
// when that fails.
func realPath(abs string) string {
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real
	}
	return abs
}

// isLink reports whether abs is a symbolic link.
func isLink(abs string) bool {
	fi, err := os.Lstat(abs)
	return err == nil && fi.Mode()&fs.ModeSymlink != 0
}

// joinRel appends a name to a slash path.
func joinRel(dir, name string) string {
	switch {
	case dir == ".":
		return name
	case strings.HasSuffix(dir, "/"):
		return dir + name
	}
	return dir + "/" + name
}

// reason is the cause of a file system error without the path, which the
// diagnostic already names.
func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
