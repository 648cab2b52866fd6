package discover

import (
	"cmp"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/moatscan/moat/graph"
)

// candidate is a file the walk found, before it is read.
type candidate struct {
	path  string // File.Path
	abs   string // File.Abs
	named bool   // given by the user rather than found in a folder
	helm  bool   // under the templates/ folder of a Helm chart
}

// frame is a folder on the current walk path.
type frame struct {
	info os.FileInfo
	path string
}

// walker expands the paths of one Walk, one folder at a time, and hands the
// files it finds to the readers through jobs. Only the calling goroutine
// touches a walker.
type walker struct {
	root    string // absolute
	max     int64
	ex      []pattern
	jobs    chan<- candidate
	sent    map[string]bool // paths of the files handed to the readers
	seen    map[string]bool // real paths of the files met in folders
	visited map[string]bool // real paths of the folders walked
	stack   []frame         // the folders on the current walk path
	links   []link          // links met, to follow after the current walk
	diags   graph.Diagnostics
}

func newWalker(opts Options) (*walker, graph.Diagnostics) {
	root := cmp.Or(opts.Root, ".")
	abs, err := filepath.Abs(root)
	if err != nil {
		var ds graph.Diagnostics
		return nil, ds.Errorf(graph.CodeFileUnreadable, fileRange(filepath.ToSlash(root)),
			"root folder cannot be resolved", "%s", reason(err))
	}
	ex, diags := compileExcludes(opts.Excludes)
	w := &walker{
		root:    abs,
		max:     opts.MaxFileSize,
		ex:      ex,
		sent:    make(map[string]bool),
		seen:    make(map[string]bool),
		visited: make(map[string]bool),
	}
	if w.max <= 0 {
		w.max = DefaultMaxFileSize
	}
	return w, diags
}

// arg walks one path given by the user. Named folders are entered and named
// files returned even where the walk would skip or exclude them.
func (w *walker) arg(p string) {
	abs := filepath.Clean(p)
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(w.root, abs)
	}
	rel := relPath(w.root, abs)
	fi, err := os.Stat(abs)
	switch {
	case err != nil && errors.Is(err, fs.ErrNotExist) && isLink(abs):
		w.diags = w.diags.Errorf(graph.CodeFileUnreadable, fileRange(rel),
			"broken symbolic link", "the link target does not exist; check the path given to scan")
	case err != nil && errors.Is(err, fs.ErrNotExist):
		w.diags = w.diags.Errorf(graph.CodeFileUnreadable, fileRange(rel),
			"path does not exist", "check the path given to scan")
	case err != nil:
		w.diags = w.diags.Errorf(graph.CodeFileUnreadable, fileRange(rel),
			"path cannot be read", "%s; check the path given to scan", reason(err))
	case fi.IsDir():
		w.dir(abs, rel, realPath(abs), fi, inTemplates(abs))
		w.drain()
	case fi.Mode().IsRegular():
		w.emit(candidate{path: rel, abs: abs, named: true, helm: inTemplates(filepath.Dir(abs))}, "")
	default:
		w.diags = w.diags.Warnf(graph.CodeFileUnreadable, fileRange(rel),
			"not a regular file", "only regular files and folders are scanned")
	}
}

// dir walks the folder abs unless it is already on the walk path (a loop)
// or was walked before under another name; real is its path with links
// resolved.
func (w *walker) dir(abs, rel, real string, fi os.FileInfo, helm bool) {
	if w.loop(fi, rel) || w.visited[real] {
		return
	}
	w.visited[real] = true
	w.stack = append(w.stack, frame{info: fi, path: rel})
	defer func() { w.stack = w.stack[:len(w.stack)-1] }()
	entries, err := os.ReadDir(abs)
	if err != nil {
		w.diags = w.diags.Errorf(graph.CodeFileUnreadable, fileRange(rel), "folder cannot be read",
			"%s; make it readable or exclude it", reason(err))
	}
	chart := hasChart(entries)
	for _, e := range entries {
		w.entry(abs, rel, real, e, helm || chart && e.Name() == "templates")
	}
}

// entry handles one entry of a folder being walked: it descends into
// folders, hands regular files on and sets links aside.
func (w *walker) entry(dir, dirRel, dirReal string, e fs.DirEntry, helm bool) {
	name := e.Name()
	abs := filepath.Join(dir, name)
	rel := joinRel(dirRel, name)
	if w.excluded(rel, name, false) {
		return
	}
	mode := e.Type()
	switch {
	case mode&fs.ModeSymlink != 0:
		w.link(abs, rel, name, helm)
	case mode.IsDir():
		if skipDir(name) || w.excluded(rel, name, true) {
			return
		}
		if fi := w.info(e, rel); fi != nil {
			w.dir(abs, rel, filepath.Join(dirReal, name), fi, helm)
		}
	case mode.IsRegular():
		w.emit(candidate{path: rel, abs: abs, helm: helm}, filepath.Join(dirReal, name))
	}
}

// info returns the FileInfo of a folder entry, reporting a failure.
func (w *walker) info(e fs.DirEntry, rel string) os.FileInfo {
	fi, err := e.Info()
	if err != nil {
		w.diags = w.diags.Errorf(graph.CodeFileUnreadable, fileRange(rel), "folder cannot be read",
			"%s; make it readable or exclude it", reason(err))
		return nil
	}
	return fi
}

// emit hands a file to the readers once. A file met in a walk is also
// identified by its real path (links resolved), so that a link to a file
// already found does not bring it twice; a file named by the user (real
// is "") is checked by name only.
func (w *walker) emit(c candidate, real string) {
	if w.sent[c.path] || real != "" && w.seen[real] {
		return
	}
	w.sent[c.path] = true
	if real != "" {
		w.seen[real] = true
	}
	w.jobs <- c
}

// skipDir reports whether a folder met during the walk is left out:
// dependencies, tool state and dot-folders other than .github.
func skipDir(name string) bool {
	return name == "node_modules" || strings.HasPrefix(name, ".") && name != ".github"
}
