package discover

import (
	"errors"
	"io/fs"
	"os"
	"syscall"

	"github.com/moatscan/moat/graph"
)

// link is a symbolic link met during a walk. Links are followed once the
// tree they sit in has been walked, so that a file reachable both ways is
// named by its real path rather than by the link.
type link struct {
	abs, rel string
	info     os.FileInfo // of the target
	helm     bool
}

// link resolves a symbolic link found in a folder and sets it aside, unless
// it is broken, excluded, or leads back to a folder on the walk path.
func (w *walker) link(abs, rel, name string, helm bool) {
	fi := w.follow(abs, rel)
	switch {
	case fi == nil:
		return
	case fi.IsDir():
		if skipDir(name) || w.excluded(rel, name, true) || w.loop(fi, rel) {
			return
		}
	case !fi.Mode().IsRegular():
		return
	}
	w.links = append(w.links, link{abs: abs, rel: rel, info: fi, helm: helm})
}

// drain follows the links set aside, and those found behind them, skipping
// the folders and files already met under another name.
func (w *walker) drain() {
	for len(w.links) > 0 {
		l := w.links[0]
		w.links = w.links[1:]
		real := realPath(l.abs)
		if l.info.IsDir() {
			w.dir(l.abs, l.rel, real, l.info, l.helm)
		} else {
			w.emit(candidate{path: l.rel, abs: l.abs, helm: l.helm}, real)
		}
	}
}

// follow resolves the symbolic link abs, reporting broken links and loops.
func (w *walker) follow(abs, rel string) os.FileInfo {
	fi, err := os.Stat(abs)
	switch {
	case err == nil:
		return fi
	case errors.Is(err, fs.ErrNotExist):
		w.diags = w.diags.Warnf(graph.CodeFileUnreadable, fileRange(rel), "broken symbolic link",
			"the link target does not exist; remove the link or exclude it")
	case errors.Is(err, syscall.ELOOP):
		w.diags = w.diags.Warnf(graph.CodeSymlinkLoop, fileRange(rel), "symbolic link loop",
			"the link resolves to itself through other links; it is not followed")
	default:
		w.diags = w.diags.Errorf(graph.CodeFileUnreadable, fileRange(rel), "link target cannot be read",
			"%s; make it readable or exclude it", reason(err))
	}
	return nil
}

// loop reports, with a warning, whether the folder fi is one of the folders
// on the current walk path (same device and inode), which following it
// would enter again and again.
func (w *walker) loop(fi os.FileInfo, rel string) bool {
	for _, up := range w.stack {
		if os.SameFile(up.info, fi) {
			w.diags = w.diags.Warnf(graph.CodeSymlinkLoop, fileRange(rel), "symbolic link loop",
				"it leads back to %q, a folder that contains it; it is not followed", up.path)
			return true
		}
	}
	return false
}
