; Inno Setup script for Relate on Windows (not built on Linux; see installer/README.md).
; 1. On Windows, from the repository root:
;      py -3.11 -m venv .venv && .venv\Scripts\pip install -e ".[build]"
;      .venv\Scripts\python installer\windows\make_ico.py
;      .venv\Scripts\pyinstaller --noconfirm installer\relate-desktop.spec
; 2. Then: iscc installer\windows\relate.iss   ->   dist\relate-desktop-0.1.0-setup.exe

#define AppName "Relate"
#define AppVersion "0.1.0"
#define AppExe "relate-desktop.exe"

[Setup]
AppId={{6C1E1B64-5E0B-4B8D-9C53-2D7A3C1F9E21}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The Relate authors
DefaultDirName={autopf}\Relate
DefaultGroupName=Relate
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=relate-desktop-{#AppVersion}-setup
SetupIconFile=relate.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\relate-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
; Data lives in %LOCALAPPDATA%\relate-desktop and is never removed by the uninstaller.
