"""Linux desktop integration, per user: the launcher entry (with the file types it opens), the
AppStream data, the icon at the usual sizes and the export's MIME type, in ~/.local/share.

`mentordesk --install-desktop-entry` writes them for this installation (the bundle or the
Python environment it runs from); `--remove-desktop-entry` takes them away again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from desktop.resources import resource_path
from services.about import APP_ID, GUI_EXECUTABLE


def data_home() -> Path:
    """$XDG_DATA_HOME, else ~/.local/share (where a desktop looks for a user's entries)."""
    import platformdirs

    return Path(platformdirs.user_data_dir())


def launcher() -> list[str]:
    """The command that starts this installation's app."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).with_name(GUI_EXECUTABLE))]
    script = Path(sys.executable).with_name("mentordesk")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "desktop"]


def _exec_quoted(word: str) -> str:
    # The Desktop Entry spec: quote words holding reserved characters, escape within quotes.
    if not any(ch in word for ch in ' \t\n"\'\\><~|&;$*?#()`='):
        return word
    escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in word)
    return f'"{escaped}"'


def entry_text(command: list[str]) -> str:
    """The committed .desktop file, its Exec and TryExec pointing at `command`."""
    lines = []
    for line in resource_path("linux", f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(_exec_quoted(w) for w in command) + " %F"
        elif line.startswith("TryExec="):
            line = f"TryExec={command[0]}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def targets(home: Path) -> dict[str, Path]:
    """Every file the entry is made of, by what it is."""
    from desktop.icons import PNG_SIZES

    hicolor = home / "icons" / "hicolor"
    found = {
        "entry": home / "applications" / f"{APP_ID}.desktop",
        "metainfo": home / "metainfo" / f"{APP_ID}.metainfo.xml",
        "mime": home / "mime" / "packages" / f"{APP_ID}.xml",
        "svg": hicolor / "scalable" / "apps" / f"{APP_ID}.svg",
    }
    for size in PNG_SIZES:
        found[f"png{size}"] = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    return found


def install(home: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """Write the entry, metainfo, MIME type and icons under `home`; returns the files written."""
    from desktop.icons import png_bytes, svg_path

    home = home or data_home()
    files = targets(home)
    for path in files.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    files["entry"].write_text(entry_text(command or launcher()), encoding="utf-8")
    shutil.copyfile(resource_path("linux", f"{APP_ID}.metainfo.xml"), files["metainfo"])
    shutil.copyfile(resource_path("linux", f"{APP_ID}.mime.xml"), files["mime"])
    shutil.copyfile(svg_path(), files["svg"])
    for key, path in files.items():
        if key.startswith("png"):
            path.write_bytes(png_bytes(int(key.removeprefix("png"))))
    _refresh_caches(home)
    return list(files.values())


def remove(home: Path | None = None) -> list[Path]:
    """Delete what `install` wrote (nothing else: data and settings stay); returns what was there."""
    home = home or data_home()
    removed = [path for path in targets(home).values() if path.exists()]
    for path in removed:
        path.unlink()
    _refresh_caches(home)
    return removed


def _refresh_caches(home: Path) -> None:
    """Tell the desktop at once, where its tools are installed (it would notice later anyway).
    No icon cache is written: a stale one in a user's folder hides icons installed later."""
    for tool, folder in (("update-desktop-database", home / "applications"),
                         ("update-mime-database", home / "mime")):
        program = shutil.which(tool)
        if program is not None and folder.is_dir():
            subprocess.run([program, str(folder)], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, check=False)
