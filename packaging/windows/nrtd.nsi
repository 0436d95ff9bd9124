; NSIS installer of NRTD Desktop for Windows (per user, no administrator needed).
;
;   makensis /DSOURCE_DIR=C:\nrtd\dist\nrtd-desktop /DVERSION=0.1.0 packaging\windows\nrtd.nsi
;   makensis -DSOURCE_DIR=/path/to/nrtd-desktop -DVERSION=0.1.0 packaging/windows/nrtd.nsi   (Linux)
;
; SOURCE_DIR is the Windows onedir folder made by `pyinstaller packaging/nrtd.spec` on Windows
; (nrtd-desktop.exe, nrtd.exe and _internal\). Optional: OUTFILE (default
; nrtd-desktop-VERSION-windows-setup.exe, written beside this script unless makensis gets -NOCD,
; in which case it goes to the current folder).
;
; Installs to %LOCALAPPDATA%\Programs\NRTD Desktop; Start-menu and desktop shortcuts; an entry
; in "Apps and features" for this user. The user's data (database, snapshots, settings) lives in
; %LOCALAPPDATA%\NRTD Desktop and is kept by the uninstaller unless the person ticks the box
; (or runs the uninstaller with /REMOVEDATA). Pages in Arabic or English, chosen at start.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef SOURCE_DIR
  !error "Pass the Windows onedir folder: makensis /DSOURCE_DIR=...\nrtd-desktop nrtd.nsi"
!endif
!ifndef VERSION
  !error "Pass the version: makensis /DVERSION=0.1.0 (build.sh and README read it from nrtd_desktop.__version__)"
!endif
!ifndef OUTFILE
  !define OUTFILE "nrtd-desktop-${VERSION}-windows-setup.exe"
!endif
!ifndef VI_VERSION
  !define VI_VERSION "${VERSION}.0" ; Windows wants four numbers: 0.1.0 -> 0.1.0.0
!endif

!define APP_NAME "NRTD Desktop"
!define APP_EXE "nrtd-desktop.exe"
!define CLI_EXE "nrtd.exe"
!define APP_KEY "Software\NRTD Desktop"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\NRTD Desktop"
!define DATA_DIR "$LOCALAPPDATA\NRTD Desktop" ; platformdirs' user_data_dir and user_config_dir
; makensis changes into this script's folder unless given -NOCD: the icon is found either way.
!if /FileExists "${__FILEDIR__}\..\..\resources\icons\nrtd.ico"
  !define ICON "${__FILEDIR__}\..\..\resources\icons\nrtd.ico"
!else
  !define ICON "..\..\resources\icons\nrtd.ico"
!endif

!include "MUI2.nsh"
!include "nsDialogs.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\NRTD Desktop"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VI_VERSION}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=0 "LegalCopyright" "NRTD Desktop engineers, GPL-3.0-or-later"

; --- interface ---------------------------------------------------------------------------------
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataPage un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

; Arabic first: the language offered by default.
!insertmacro MUI_LANGUAGE "Arabic"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

; --- our own words, in both languages -------------------------------------------------------------
LangString SHORTCUT_NAME ${LANG_ARABIC} "نظام متابعة التوصيات"
LangString SHORTCUT_NAME ${LANG_ENGLISH} "NRTD Desktop"
LangString UNINSTALL_NAME ${LANG_ARABIC} "إزالة نظام متابعة التوصيات"
LangString UNINSTALL_NAME ${LANG_ENGLISH} "Uninstall NRTD Desktop"
LangString DATA_TITLE ${LANG_ARABIC} "بياناتك"
LangString DATA_TITLE ${LANG_ENGLISH} "Your data"
LangString DATA_SUBTITLE ${LANG_ARABIC} "قاعدة بيانات التوصيات ونسخها الاحتياطية وإعداداتك"
LangString DATA_SUBTITLE ${LANG_ENGLISH} "The recommendations database, its snapshots and your settings"
LangString DATA_TEXT ${LANG_ARABIC} "تُحفظ بياناتك في المجلد التالي، ولن تُحذف إلا إذا طلبت ذلك. احتفظ بها إن كنت ستعيد تثبيت البرنامج.$\r$\n$\r$\n${DATA_DIR}"
LangString DATA_TEXT ${LANG_ENGLISH} "Your data is kept in the folder below and is deleted only if you ask. Keep it if you will install the program again.$\r$\n$\r$\n${DATA_DIR}"
LangString DATA_REMOVE ${LANG_ARABIC} "احذف أيضاً بياناتي (قاعدة البيانات والنسخ الاحتياطية والإعدادات)"
LangString DATA_REMOVE ${LANG_ENGLISH} "Also delete my data (database, snapshots and settings)"
LangString DATA_CONFIRM ${LANG_ARABIC} "سيُحذف مجلد بياناتك نهائياً، ولا يمكن التراجع عن ذلك. هل تريد المتابعة؟"
LangString DATA_CONFIRM ${LANG_ENGLISH} "Your data folder will be deleted for good; this cannot be undone. Continue?"
LangString SECTION_NAME ${LANG_ARABIC} "البرنامج"
LangString SECTION_NAME ${LANG_ENGLISH} "The program"

Var RemoveData
Var RemoveDataBox

; --- install ----------------------------------------------------------------------------------------
Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "!$(SECTION_NAME)" SecProgram
  SectionIn RO
  SetShellVarContext current
  ; An upgrade replaces the whole program folder: stale libraries of an older version must go.
  ; The user's data is never here (it is in ${DATA_DIR}).
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${SOURCE_DIR}\*.*"
  File "/oname=nrtd.ico" "${ICON}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\$(SHORTCUT_NAME)"
  CreateShortcut "$SMPROGRAMS\$(SHORTCUT_NAME)\$(SHORTCUT_NAME).lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\nrtd.ico"
  CreateShortcut "$SMPROGRAMS\$(SHORTCUT_NAME)\$(UNINSTALL_NAME).lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\$(SHORTCUT_NAME).lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\nrtd.ico"

  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${APP_KEY}" "ShortcutName" "$(SHORTCUT_NAME)"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "$(SHORTCUT_NAME)"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "NRTD Desktop engineers"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\nrtd.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; --- uninstall --------------------------------------------------------------------------------------
Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
  StrCpy $RemoveData "0"
  ; A silent or scripted uninstall removes the data only when told: uninstall.exe /S /REMOVEDATA
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/REMOVEDATA" $1
  ${IfNot} ${Errors}
    StrCpy $RemoveData "1"
  ${EndIf}
FunctionEnd

Function un.DataPage
  !insertmacro MUI_HEADER_TEXT "$(DATA_TITLE)" "$(DATA_SUBTITLE)"
  nsDialogs::Create 1018
  Pop $0
  ${If} $0 == error
    Abort
  ${EndIf}
  ${NSD_CreateLabel} 0 0 100% 60u "$(DATA_TEXT)"
  Pop $0
  ${NSD_CreateCheckbox} 0 70u 100% 14u "$(DATA_REMOVE)"
  Pop $RemoveDataBox
  ${If} $RemoveData == "1"
    ${NSD_Check} $RemoveDataBox
  ${EndIf}
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $RemoveDataBox $0
  ${If} $0 == ${BST_CHECKED}
    MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(DATA_CONFIRM)" IDYES data_confirmed
    Abort ; "No": stay on the page
    data_confirmed:
    StrCpy $RemoveData "1"
  ${Else}
    StrCpy $RemoveData "0"
  ${EndIf}
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  ; The shortcut names were written in the language chosen at install time.
  ReadRegStr $0 HKCU "${APP_KEY}" "ShortcutName"
  ${If} $0 == ""
    StrCpy $0 "$(SHORTCUT_NAME)"
  ${EndIf}
  Delete "$DESKTOP\$0.lnk"
  RMDir /r "$SMPROGRAMS\$0"

  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\nrtd.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR" ; only if empty: files the person put there stay

  ${If} $RemoveData == "1"
    RMDir /r "${DATA_DIR}"
  ${EndIf}

  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${APP_KEY}"
SectionEnd
