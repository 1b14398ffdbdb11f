# generated from ui/preferences.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(460, 220)
        self.mainLayout = QVBoxLayout(PreferencesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.securityGroup = QGroupBox(PreferencesDialog)
        self.securityGroup.setObjectName(u"securityGroup")
        self.securityForm = QFormLayout(self.securityGroup)
        self.securityForm.setObjectName(u"securityForm")
        self.idleLabel = QLabel(self.securityGroup)
        self.idleLabel.setObjectName(u"idleLabel")

        self.securityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleSpin = QSpinBox(self.securityGroup)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(1)
        self.idleSpin.setMaximum(240)
        self.idleSpin.setValue(10)

        self.securityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleSpin)

        self.keyringLabel = QLabel(self.securityGroup)
        self.keyringLabel.setObjectName(u"keyringLabel")
        self.keyringLabel.setWordWrap(True)

        self.securityForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.keyringLabel)


        self.mainLayout.addWidget(self.securityGroup)

        self.searchGroup = QGroupBox(PreferencesDialog)
        self.searchGroup.setObjectName(u"searchGroup")
        self.searchForm = QFormLayout(self.searchGroup)
        self.searchForm.setObjectName(u"searchForm")
        self.pageLabel = QLabel(self.searchGroup)
        self.pageLabel.setObjectName(u"pageLabel")

        self.searchForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pageLabel)

        self.pageSpin = QSpinBox(self.searchGroup)
        self.pageSpin.setObjectName(u"pageSpin")
        self.pageSpin.setMinimum(10)
        self.pageSpin.setMaximum(500)
        self.pageSpin.setSingleStep(10)
        self.pageSpin.setValue(50)

        self.searchForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pageSpin)


        self.mainLayout.addWidget(self.searchGroup)

        self.spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(PreferencesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.idleLabel.setBuddy(self.idleSpin)
        self.pageLabel.setBuddy(self.pageSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreferencesDialog)

        QMetaObject.connectSlotsByName(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Pr\u00e9f\u00e9rences", None))
        self.securityGroup.setTitle(QCoreApplication.translate("PreferencesDialog", u"S\u00e9curit\u00e9", None))
        self.idleLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Verrouiller apr\u00e8s", None))
        self.idleSpin.setSuffix(QCoreApplication.translate("PreferencesDialog", u" min d'inactivit\u00e9", None))
        self.keyringLabel.setText("")
        self.searchGroup.setTitle(QCoreApplication.translate("PreferencesDialog", u"Recherche", None))
        self.pageLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&R\u00e9sultats charg\u00e9s \u00e0 la fois", None))
    # retranslateUi
